package dev.newsminer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the throughput of every stage, in tokens per second per thread, as an SVG bar chart from
 * JMH JSON result files. The scale is logarithmic: the stages differ by orders of magnitude.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.newsminer.bench.ChartWriter chart.svg results-1t.json results-2t.json
 * </pre>
 */
public final class ChartWriter {

  private static final int LEFT = 230;
  private static final int PLOT_WIDTH = 480;
  private static final int BAR = 22;
  private static final int GAP = 8;
  private static final int TOP = 50;

  private ChartWriter() {}

  /** Writes the chart to {@code args[0]} from the result files named by the other arguments. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ChartWriter OUT.svg RESULTS.json…");
      System.exit(2);
    }
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    Files.writeString(Path.of(args[0]), svg(JmhResult.read(files)), StandardCharsets.UTF_8);
  }

  /** The chart of the throughput results among {@code results}, as an SVG document. */
  static String svg(List<JmhResult> results) {
    List<JmhResult> bars = results.stream().filter(JmhResult::hasTokens).toList();
    double max = 1;
    for (JmhResult r : bars) {
      max = Math.max(max, r.tokensPerSecondPerThread());
      if (!Double.isNaN(r.tokensPerCpuSecond())) {
        max = Math.max(max, r.tokensPerCpuSecond());
      }
    }
    int lowDecade = 3;
    int highDecade = Math.max(lowDecade + 1, (int) Math.ceil(Math.log10(max)));
    int height = TOP + bars.size() * (BAR + GAP) + 60;
    int width = LEFT + PLOT_WIDTH + 190;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
        width, height));
    svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">newsminer throughput per stage (tokens/s per thread, log scale)</text>%n",
        10));
    int plotBottom = TOP + bars.size() * (BAR + GAP);
    for (int d = lowDecade; d <= highDecade; d++) {
      double x = x(Math.pow(10, d), lowDecade, highDecade);
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>%n", x, TOP - 6, x, plotBottom));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>%n",
          x, plotBottom + 16, label(Math.pow(10, d))));
    }
    int y = TOP;
    for (JmhResult r : bars) {
      double value = r.tokensPerSecondPerThread();
      double end = x(Math.max(value, Math.pow(10, lowDecade)), lowDecade, highDecade);
      double cpu = r.tokensPerCpuSecond();
      String name = r.stage() + (r.threads() > 1 ? " (" + r.threads() + " threads)" : "");
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", LEFT - 8,
          y + BAR - 6, escape(name)));
      double labelAt = end;
      if (!Double.isNaN(cpu)) {
        // The CPU-time rate behind, lighter: what the stage does when it has a core to itself.
        double cpuEnd = x(Math.max(cpu, Math.pow(10, lowDecade)), lowDecade, highDecade);
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
            LEFT, y, cpuEnd - LEFT, BAR, "#c7e9c0"));
        labelAt = Math.max(end, cpuEnd);
      }
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n", LEFT,
          y + 5, end - LEFT, BAR - 10, r.stage().startsWith("Extraction") ? "#d95f02" : "#1b9e77"));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>%n", labelAt + 6, y + BAR - 6,
          Double.isNaN(cpu) ? String.format(Locale.ROOT, "%,.0f", value)
              : String.format(Locale.ROOT, "%,.0f / %,.0f", value, cpu)));
      y += BAR + GAP;
    }
    svg.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" fill=\"#555\">dark: tokens per wall-clock second; light: tokens per CPU second "
            + "(labels: wall / CPU)</text>%n", LEFT, plotBottom + 40));
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static double x(double value, int lowDecade, int highDecade) {
    return LEFT + PLOT_WIDTH * (Math.log10(value) - lowDecade) / (highDecade - lowDecade);
  }

  private static String label(double value) {
    if (value >= 1e6) {
      return String.format(Locale.ROOT, "%.0fM", value / 1e6);
    }
    return value >= 1e3 ? String.format(Locale.ROOT, "%.0fk", value / 1e3) : String.format(Locale.ROOT, "%.0f", value);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
