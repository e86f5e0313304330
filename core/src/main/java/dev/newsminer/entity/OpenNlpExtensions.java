package dev.newsminer.entity;

import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Lets OpenNLP instantiate newsminer's feature generators and serializers by class name, which it
 * allows only for packages registered here (by default only its own).
 */
final class OpenNlpExtensions {

  private OpenNlpExtensions() {}

  private static final class Registration {
    static {
      ExtensionLoader.registerAllowedPackage("dev.newsminer.entity");
    }

    static void run() {}
  }

  /** Registers this package once per process; cheap to call again. */
  static void allow() {
    Registration.run();
  }
}
