package dev.newsminer.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a text input into a string. The charset is, in this order: the byte-order
 * mark, a charset declared by the caller (the HTTP {@code Content-Type} of a WARC record, or an
 * HTML page's {@code <meta charset>}), strict UTF-8, and finally windows-1252, which decodes any
 * byte, so that old 8-bit files still read. Input that is not text (NUL bytes, many control bytes,
 * the signature of a known binary format) is refused.
 */
final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** How far into the input the binary check and the meta charset scan look. */
  static final int SNIFF_BYTES = 64 * 1024;
  private static final int META_SCAN_BYTES = 4096;

  private TextDecoder() {}

  /**
   * Decodes {@code bytes} with no declared charset.
   *
   * @throws IOException when the bytes are not text
   */
  static String decode(byte[] bytes) throws IOException {
    return decode(bytes, null);
  }

  /**
   * Decodes {@code bytes}; a byte-order mark overrides {@code declared}.
   *
   * @param declared the charset the input declares, or null when it declares none
   * @throws IOException when the bytes are not text
   */
  static String decode(byte[] bytes, Charset declared) throws IOException {
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      String text = new String(bytes, utf16);
      int nul = text.indexOf('\0');
      if (nul >= 0) {
        throw new IOException("not a text file (NUL char at char " + nul + " of UTF-16 text)");
      }
      return text;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
      declared = StandardCharsets.UTF_8;
    }
    requireText(bytes, offset);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new String(bytes, offset, bytes.length - offset, declared);
    }
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      // Declared UTF-8 that is not: windows-1252 keeps every byte readable.
      return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }
  }

  /**
   * The Unicode charset that the first bytes of an input say: its byte-order mark, else UTF-16
   * recognised by its zero bytes; null when they say none (UTF-8 or an 8-bit charset).
   */
  static Charset unicodeCharset(byte[] head) {
    int bom = bomLength(head);
    if (bom == 3) {
      return StandardCharsets.UTF_8;
    }
    if (bom == 2) {
      return (head[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }
    return utf16WithoutBom(head);
  }

  /** The length of the byte-order mark that starts {@code head}: 3 for UTF-8, 2 for UTF-16, else 0. */
  static int bomLength(byte[] head) {
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      return 3;
    }
    if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
      return 2;
    }
    return 0;
  }

  /**
   * UTF-16 without a byte-order mark, as some Windows tools write it: text in Latin script then
   * has a zero byte in every other place, which no 8-bit text has. Null when the bytes are not that.
   */
  static Charset utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
    if (n < 4 || bomLength(bytes) > 0) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenZeros++;
      }
      if (bytes[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    if (oddZeros * 10 >= pairs * 3 && evenZeros * 100 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 3 && oddZeros * 100 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Refuses bytes that are not text: a known binary signature, a NUL byte, or more than 1% control
   * bytes (other than tab, line feed, form feed, carriage return and escape) in the first 64 KiB.
   *
   * @throws IOException saying which
   */
  static void requireText(byte[] bytes, int offset) throws IOException {
    String format = binaryFormat(bytes, offset);
    if (format != null) {
      throw new IOException("not a text file (" + format + ")");
    }
    int controls = 0;
    int sniffEnd = Math.min(bytes.length, offset + SNIFF_BYTES);
    for (int i = offset; i < bytes.length; i++) {
      int b = bytes[i];
      if (b == 0) {
        throw new IOException("not a text file (NUL byte at offset " + i + ")");
      }
      if (i < sniffEnd && b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    int sniffed = sniffEnd - offset;
    if (controls > 4 && controls * 100 > sniffed) {
      throw new IOException("not a text file (" + controls + " control bytes in the first " + sniffed + ")");
    }
  }

  /** The name of the binary format whose signature starts {@code bytes}, or null. */
  private static String binaryFormat(byte[] b, int o) {
    if (startsWith(b, o, '%', 'P', 'D', 'F', '-')) {
      return "PDF document";
    }
    if (startsWith(b, o, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(b, o, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(b, o, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(b, o, 'P', 'K', 3, 4)) {
      return "ZIP archive";
    }
    if (startsWith(b, o, 0x1F, 0x8B)) {
      return "gzip data; name the file .gz";
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int offset, int... signature) {
    if (bytes.length - offset < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((bytes[offset + i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The charset an HTML page declares in its first 4 KiB ({@code <meta charset="…">} or
   * {@code <meta http-equiv="Content-Type" content="…; charset=…">}), or null when it declares
   * none that Java knows.
   */
  static Charset htmlMetaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int from = 0;
    int at;
    while ((at = head.indexOf("charset", from)) >= 0) {
      from = at + 7;
      int meta = head.lastIndexOf("<meta", at);
      if (meta < 0 || head.indexOf('>', meta) < at) {
        continue;
      }
      int i = from;
      while (i < head.length() && (head.charAt(i) == ' ' || head.charAt(i) == '=' || head.charAt(i) == '"'
          || head.charAt(i) == '\'')) {
        i++;
      }
      int end = i;
      while (end < head.length() && (Character.isLetterOrDigit(head.charAt(end)) || head.charAt(end) == '-'
          || head.charAt(end) == '_' || head.charAt(end) == ':' || head.charAt(end) == '.')) {
        end++;
      }
      Charset charset = charsetNamed(head.substring(i, end));
      if (charset != null) {
        return charset;
      }
    }
    return null;
  }

  /**
   * The charset of that name, or null when Java does not know it. Latin-1 and ASCII labels mean
   * windows-1252, as web browsers read them.
   */
  static Charset charsetNamed(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")
        || n.equals("iso8859-1") || n.equals("l1")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
