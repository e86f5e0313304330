package dev.newsminer.entity;

import java.util.Arrays;
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

  /**
   * A node with its children in two small arrays, searched in order, until it has more than
   * {@value #SMALL} of them, then in a map: most nodes have one or two children, and the tries that
   * the document resolver builds for every article would otherwise make a map for each of them.
   */
  private static final class Node<V> {
    static final int SMALL = 8;

    String[] keys;
    Node<V>[] kids;
    int count;
    Map<String, Node<V>> map;
    V value;

    Node<V> child(String key) {
      if (map != null) {
        return map.get(key);
      }
      for (int i = 0; i < count; i++) {
        if (keys[i].equals(key)) {
          return kids[i];
        }
      }
      return null;
    }

    @SuppressWarnings("unchecked")
    Node<V> childOrNew(String key) {
      Node<V> known = child(key);
      if (known != null) {
        return known;
      }
      Node<V> node = new Node<>();
      if (map != null) {
        map.put(key, node);
        return node;
      }
      if (count == SMALL) {
        map = new HashMap<>(4 * SMALL);
        for (int i = 0; i < count; i++) {
          map.put(keys[i], kids[i]);
        }
        keys = null;
        kids = null;
        map.put(key, node);
        return node;
      }
      if (keys == null) {
        keys = new String[2];
        kids = new Node[2];
      } else if (count == keys.length) {
        keys = Arrays.copyOf(keys, 2 * count);
        kids = Arrays.copyOf(kids, 2 * count);
      }
      keys[count] = key;
      kids[count] = node;
      count++;
      return node;
    }
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
    for (int k = 0; k < keys.size(); k++) {
      node = node.childOrNew(keys.get(k));
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
    for (int k = 0; k < keys.size(); k++) {
      node = node.child(keys.get(k));
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
      node = node.child(keys[k]);
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
      node = node.child(keys[k]);
    }
    return node.value;
  }
}
