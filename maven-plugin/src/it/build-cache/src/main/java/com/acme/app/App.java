package com.acme.app;

import com.acme.pets.Pet;
import com.acme.pets.PetStatus;
import com.acme.pets.PetsClient;

/** Hand-written code that uses the generated model and client. */
public final class App {
  private App() {}

  static Pet rex() {
    return Pet.builder().id(1L).name("Rex").status(PetStatus.AVAILABLE).build();
  }

  static Class<PetsClient> client() {
    return PetsClient.class;
  }
}
