package dev.newsminer.entity;

import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Lets OpenNLP instantiate newsminer's feature generators and serializers by class name, which it
 * allows only for packages registered here (by default only its own).
 */
public final class OpenNlpExtensions {

  private OpenNlpExtensions() {}

  private static final class Registration {
    static {
      ExtensionLoader.registerAllowedPackage("dev.newsminer.entity");
    }

    static void run() {}
  }

  /**
   * Registers this package once per process; cheap to call again. Call it before OpenNLP reads or
   * trains a model with newsminer's features ({@link NameTagger} calls it itself).
   */
  public static void allow() {
    Registration.run();
  }
}
