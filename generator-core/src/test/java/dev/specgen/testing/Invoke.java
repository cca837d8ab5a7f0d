package dev.specgen.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * Calls public methods by name, for tests of classes compiled at test time (which the test's own
 * source cannot name). Exceptions thrown by the called method are rethrown unwrapped, so that
 * {@code assertThatThrownBy} sees them as they are.
 */
public final class Invoke {

  private Invoke() {}

  /** {@code target.name(args)}; among overloads, the first whose parameters accept the arguments. */
  public static Object call(Object target, String name, Object... args) {
    return invoke(find(target.getClass(), name, args, false), target, args);
  }

  /** {@code type.name(args)} for a static method. */
  public static Object callStatic(Class<?> type, String name, Object... args) {
    return invoke(find(type, name, args, true), null, args);
  }

  /** The value of a public static field, such as an enum-like constant. */
  public static Object constant(Class<?> type, String name) {
    try {
      return type.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no public static field " + type.getName() + "." + name, e);
    }
  }

  /** The public method called {@code name} whose parameters accept {@code args}. */
  private static Method find(Class<?> type, String name, Object[] args, boolean isStatic) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) == isStatic
            && accepts(m.getParameterTypes(), args))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no public " + (isStatic ? "static " : "") + "method "
            + type.getName() + "." + name + " accepting " + Arrays.toString(args)));
  }

  private static boolean accepts(Class<?>[] parameters, Object[] args) {
    if (parameters.length != args.length) {
      return false;
    }
    for (int i = 0; i < parameters.length; i++) {
      Class<?> parameter = parameters[i].isPrimitive() ? boxed(parameters[i]) : parameters[i];
      if (args[i] == null ? parameters[i].isPrimitive() : !parameter.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> boxed(Class<?> primitive) {
    return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
  }

  private static Object invoke(Method method, Object target, Object[] args) {
    try {
      method.setAccessible(true); // public methods of nested classes of a non-exported loader
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new AssertionError("cannot call " + method, e);
    }
  }
}
