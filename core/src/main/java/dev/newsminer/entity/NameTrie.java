package dev.newsminer.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over name keys that finds the longest name starting at a key of a sentence. Built once,
 * then only read, so that any number of threads may search it.
 *
 * @param <V> what a name maps to
 */
final class NameTrie<V> {

  private static final class Node<V> {
    Map<String, Node<V>> children;
    V value;
  }

  private final Node<V> root = new Node<>();
  private int size;

  /**
   * Adds a name; an existing value for the same keys is kept (the first definition wins).
   *
   * @return whether the name was new
   */
  boolean add(List<String> keys, V value) {
    if (keys.isEmpty()) {
      return false;
    }
    Node<V> node = root;
    for (String key : keys) {
      if (node.children == null) {
        node.children = new HashMap<>(4);
      }
      node = node.children.computeIfAbsent(key, k -> new Node<>());
    }
    if (node.value != null) {
      return false;
    }
    node.value = value;
    size++;
    return true;
  }

  /** The value stored for exactly these keys, or null. */
  V get(List<String> keys) {
    Node<V> node = root;
    for (String key : keys) {
      node = node.children == null ? null : node.children.get(key);
      if (node == null) {
        return null;
      }
    }
    return node.value;
  }

  int size() {
    return size;
  }

  /**
   * The end (exclusive key index) of the longest name that starts at key {@code from} and ends at a
   * token boundary of the sentence, or -1 when none does.
   *
   * @param keys the sentence's keys, as stored (exact or folded)
   */
  int longest(String[] keys, int from, KeyedSentence sentence) {
    Node<V> node = root;
    int best = -1;
    for (int k = from; k < keys.length; k++) {
      node = node.children == null ? null : node.children.get(keys[k]);
      if (node == null) {
        break;
      }
      if (node.value != null && sentence.endsToken(k + 1)) {
        best = k + 1;
      }
    }
    return best;
  }

  /** The value of the name that {@link #longest} found, from its keys. */
  V valueAt(String[] keys, int from, int end) {
    Node<V> node = root;
    for (int k = from; k < end; k++) {
      node = node.children.get(keys[k]);
    }
    return node.value;
  }
}
