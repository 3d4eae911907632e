package org.lwm2m.codegen.processor.generate;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import org.lwm2m.codegen.processor.model.ObjectBinding;

/**
 * The source texts of the objects a build binds. Building the specs and emitting their text is the
 * processor's largest cost and touches nothing of javac's, so the objects are generated in parallel
 * (the common fork-join pool, whose work a 2-core machine shares with the calling thread); only
 * the Filer, which is javac's and not thread-safe, stays on javac's thread.
 */
public final class SourceTexts {
  private SourceTexts() {}

  /** One generated compilation unit. */
  public record Source(String qualifiedName, String text) {}

  /** An object's sources, or what went wrong generating them. */
  public record Generated(ObjectBinding binding, List<Source> sources, Throwable failure) {}

  /**
   * For each binding, in order: its sources or its failure.
   *
   * @param remote whether to generate {@code NRemote} (Leshan's server is on the class path)
   */
  public static List<Generated> of(List<ObjectBinding> bindings, boolean remote) {
    return bindings.parallelStream().map(b -> generated(b, remote)).toList();
  }

  /**
   * The interface (XML input only), model, validator and enabler of {@code binding}, and its
   * remote when {@code remote} is true (the processor decides it: Leshan's server on the class
   * path, and for an interface no method named like the remote's own; the planner keeps XML
   * objects' names off them).
   */
  public static List<Source> of(ObjectBinding binding, boolean remote) {
    List<JavaFile> files = new ArrayList<>();
    if (!binding.userInterface()) {
      files.add(new InterfaceGenerator().generate(binding));
    }
    files.add(new ModelGenerator().generate(binding));
    files.add(new ValidatorGenerator().generate(binding));
    files.add(new EnablerGenerator().generate(binding));
    if (remote) {
      files.add(new RemoteGenerator().generate(binding));
    }
    List<Source> sources = new ArrayList<>(files.size());
    for (JavaFile file : files) {
      String name = file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
      sources.add(new Source(name, file.toString()));
    }
    return sources;
  }

  private static Generated generated(ObjectBinding binding, boolean remote) {
    try {
      return new Generated(binding, of(binding, remote), null);
    } catch (RuntimeException | LinkageError e) {
      return new Generated(binding, List.of(), e);
    }
  }
}
