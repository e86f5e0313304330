package dev.newsminer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a user of the library sees: three packages, and no way to reach the stages' machinery. */
class PublicApiTest {

  private static final Set<String> API = Set.of("dev.newsminer", "dev.newsminer.article", "dev.newsminer.index");

  @Test
  void theModuleExportsTheFacadeTheReadersAndTheIndexOnly() {
    Module module = NewsMiner.class.getModule();
    assertThat(module.isNamed()).as("the tests run on the module path").isTrue();
    Set<String> exported = module.getDescriptor().exports().stream()
        .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertThat(exported).isEqualTo(API);
    assertThat(module.getPackages()).contains("dev.newsminer.text", "dev.newsminer.entity", "dev.newsminer.commitment");
  }

  @Test
  void noPublicSignatureOfTheApiNamesATypeOfAnUnexportedPackage() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : apiTypes()) {
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass() == type) {
          check(type, m, leaks);
        }
      }
      for (Constructor<?> c : type.getConstructors()) {
        check(type, c, leaks);
      }
      for (Field f : type.getFields()) {
        addLeaks(type.getSimpleName() + "." + f.getName(), f.getGenericType(), leaks);
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static Set<Class<?>> apiTypes() throws Exception {
    Set<Class<?>> types = new java.util.LinkedHashSet<>();
    ClassLoader loader = NewsMiner.class.getClassLoader();
    Module module = NewsMiner.class.getModule();
    try (var reader = module.getLayer().configuration().findModule(module.getName()).orElseThrow()
        .reference().open()) {
      for (String entry : reader.list().toList()) {
        String name = entry.replace('/', '.');
        if (!name.endsWith(".class") || name.equals("module-info.class")) {
          continue;
        }
        name = name.substring(0, name.length() - ".class".length());
        String pkg = name.substring(0, name.lastIndexOf('.'));
        if (API.contains(pkg)) {
          Class<?> c = Class.forName(name, false, loader);
          if (Modifier.isPublic(c.getModifiers()) && (c.getEnclosingClass() == null || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
            types.add(c);
          }
        }
      }
    }
    assertThat(types).isNotEmpty();
    return types;
  }

  private static void check(Class<?> owner, Executable e, List<String> leaks) {
    String where = owner.getSimpleName() + "." + e.getName();
    for (Type t : e.getGenericParameterTypes()) {
      addLeaks(where, t, leaks);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      addLeaks(where, t, leaks);
    }
    if (e instanceof Method m) {
      addLeaks(where, m.getGenericReturnType(), leaks);
    }
  }

  private static void addLeaks(String where, Type type, List<String> leaks) {
    Set<String> seen = new TreeSet<>();
    collect(type, seen);
    for (String name : seen) {
      leaks.add(where + " uses " + name);
    }
  }

  private static void collect(Type type, Set<String> unexported) {
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.getPackageName().startsWith("dev.newsminer") && !API.contains(c.getPackageName())) {
        unexported.add(c.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      collect(p.getRawType(), unexported);
      for (Type a : p.getActualTypeArguments()) {
        collect(a, unexported);
      }
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collect(b, unexported);
      }
    }
  }
}
