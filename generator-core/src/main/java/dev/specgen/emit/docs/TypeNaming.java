package dev.specgen.emit.docs;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/** How the Java examples name the types they use. */
interface TypeNaming {

  /** The names as given: a rendered file imports them where it can. */
  TypeNaming AS_GIVEN = new TypeNaming() {
    @Override
    public ClassName name(ClassName type) {
      return type;
    }

    @Override
    public TypeName name(TypeName type) {
      return type;
    }
  };

  ClassName name(ClassName type);

  TypeName name(TypeName type);
}
