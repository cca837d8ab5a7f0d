package com.acme.app;

/** Hand-written code compiled beside the generated sources. */
public final class App {
  private App() {}

  public static void main(String[] args) {
    System.out.println("pets");
  }
}
