package org.cthub.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** A PNG with two panels over seconds of each run: throughput above, latency (p50 solid, p99 dashed) below. */
final class Plot {

    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b)};
    private static final int WIDTH = 1000;
    private static final int PANEL = 300;
    private static final int LEFT = 80;
    private static final int TOP = 40;

    private Plot() {
    }

    static void write(Path file, String title, String unit, List<Series> series) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, 2 * PANEL + 2 * TOP + 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, LEFT, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        panel(g, TOP, unit + " per second", series, 1);
        panel(g, TOP + PANEL + TOP, "latency ms (p50 solid, p99 dashed)", series, 2);
        int x = LEFT;
        for (int i = 0; i < series.size(); i++) {
            g.setColor(COLORS[i % COLORS.length]);
            g.fillRect(x, image.getHeight() - 22, 14, 10);
            g.setColor(Color.BLACK);
            g.drawString(series.get(i).name, x + 18, image.getHeight() - 12);
            x += 30 + g.getFontMetrics().stringWidth(series.get(i).name);
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void panel(Graphics2D g, int top, String label, List<Series> series, int column) {
        int w = WIDTH - LEFT - 30;
        int h = PANEL - 30;
        double maxX = 1;
        double maxY = 0;
        for (Series s : series) {
            for (double[] p : s.points) {
                maxX = Math.max(maxX, p[0]);
                for (int c = column; c <= (column == 1 ? 1 : 3); c++) {
                    if (!Double.isNaN(p[c])) {
                        maxY = Math.max(maxY, p[c]);
                    }
                }
            }
        }
        maxY = maxY <= 0 ? 1 : maxY * 1.1;
        g.setColor(Color.LIGHT_GRAY);
        for (int i = 0; i <= 4; i++) {
            int y = top + h - i * h / 4;
            g.drawLine(LEFT, y, LEFT + w, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(java.util.Locale.ROOT, maxY * i / 4 >= 100 ? "%.0f" : "%.1f", maxY * i / 4), 10, y + 4);
            g.setColor(Color.LIGHT_GRAY);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, top, w, h);
        g.drawString(label, LEFT + 5, top + 14);
        g.drawString("seconds into the run (0 to " + (int) maxX + ")", LEFT + w / 2 - 60, top + h + 16);
        for (int i = 0; i < series.size(); i++) {
            g.setColor(COLORS[i % COLORS.length]);
            int[] columns = column == 1 ? new int[] {1} : new int[] {2, 3};
            for (int c : columns) {
                g.setStroke(c == 3 ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0)
                        : new BasicStroke(1.8f));
                double[] last = null;
                for (double[] p : series.get(i).points) {
                    if (Double.isNaN(p[c])) {
                        last = null;
                        continue;
                    }
                    if (last != null) {
                        g.drawLine(x(last[0], maxX, w), y(last[c], maxY, top, h), x(p[0], maxX, w), y(p[c], maxY, top, h));
                    }
                    last = p;
                }
            }
        }
        g.setStroke(new BasicStroke(1));
    }

    private static int x(double v, double max, int w) {
        return LEFT + (int) (v / max * w);
    }

    private static int y(double v, double max, int top, int h) {
        return top + h - (int) (v / max * h);
    }
}
