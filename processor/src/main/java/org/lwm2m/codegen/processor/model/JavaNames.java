package org.lwm2m.codegen.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * Turns object and resource names of object XML into Java identifiers. Names are split into words
 * at every character that is not a letter or digit (spaces, punctuation, the non-breaking space);
 * each word keeps its own letters, so {@code oA Device} gives {@code OADevice}. Uniqueness is the
 * job of {@link NameAllocator}.
 */
public final class JavaNames {
  private JavaNames() {}

  /** The words of a name: runs of letters and digits. */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    if (name == null) {
      return words;
    }
    StringBuilder word = new StringBuilder();
    name.codePoints()
        .forEach(
            cp -> {
              if (Character.isLetterOrDigit(cp) && Character.isJavaIdentifierPart(cp)) {
                word.appendCodePoint(cp);
              } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
              }
            });
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** {@code Sensor Value} to {@code SensorValue}; empty when the name has no letter or digit. */
  public static String upperCamel(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : words(name)) {
      b.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
      b.append(w, Character.charCount(w.codePointAt(0)), w.length());
    }
    return b.toString();
  }

  /** {@code Sensor Value} to {@code sensorValue}. */
  public static String lowerCamel(String name) {
    String upper = upperCamel(name);
    if (upper.isEmpty()) {
      return upper;
    }
    // Lower the leading run of capitals (but keep the last of several when a word follows):
    // "URLPath" -> "urlPath", "SMS" -> "sms".
    int end = 0;
    while (end < upper.length() && Character.isUpperCase(upper.charAt(end))) {
      end++;
    }
    if (end > 1 && end < upper.length() && Character.isLowerCase(upper.charAt(end))) {
      end--;
    }
    end = Math.max(end, 1);
    return upper.substring(0, end).toLowerCase(Locale.ROOT) + upper.substring(end);
  }

  /** {@code Sensor Value} and {@code powerupLog} to {@code SENSOR_VALUE} and {@code POWERUP_LOG}. */
  public static String constant(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : words(name)) {
      if (b.length() > 0) {
        b.append('_');
      }
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        // Split camel case inside a word: a lower-case letter or digit followed by a capital.
        if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(w.charAt(i - 1))) {
          b.append('_');
        }
        b.append(Character.toUpperCase(c));
      }
    }
    return b.toString();
  }

  /** True when {@code s} can be used as an identifier as it is. */
  public static boolean isLegal(String s) {
    return !s.isEmpty() && SourceVersion.isIdentifier(s) && !SourceVersion.isKeyword(s) && !s.equals("_");
  }

  /**
   * The longest name made from object XML. Class names become file names (at most 255 bytes,
   * and a character can take 4 in UTF-8), with suffixes such as {@code Enabler$InMemory.class}.
   */
  public static final int MAX_LENGTH = 48;

  /** {@code s} cut to {@link #MAX_LENGTH} characters, never between the two halves of a pair. */
  public static String capped(String s) {
    if (s.length() <= MAX_LENGTH) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
    return s.substring(0, end);
  }

  /** {@code s} made legal: {@code prefix} before a leading digit or a keyword, {@code fallback} for nothing. */
  public static String legal(String s, String prefix, String fallback) {
    if (s.isEmpty()) {
      return fallback;
    }
    if (!isLegal(s)) {
      return prefix + s;
    }
    return s;
  }
}
