package org.mineledger.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;

/** Draws map primitives with Java2D, so that benchmarks rasterise frames without a display. */
final class Java2dSurface implements Surface {
    private final Graphics2D g;

    Java2dSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    }

    @Override
    public void polygon(double[][] xs, double[][] ys, int[] counts, RgbaColor fill, Stroke stroke) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int r = 0; r < xs.length; r++) {
            if (counts[r] < 2) {
                continue;
            }
            path.moveTo(xs[r][0], ys[r][0]);
            for (int i = 1; i < counts[r]; i++) {
                path.lineTo(xs[r][i], ys[r][i]);
            }
            path.closePath();
        }
        if (fill != null) {
            g.setColor(awt(fill));
            g.fill(path);
        }
        if (stroke != null) {
            apply(stroke);
            g.draw(path);
        }
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
        if (count < 2) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < count; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        apply(stroke);
        g.draw(path);
    }

    @Override
    public void dot(double x, double y, double r, RgbaColor fill, Stroke stroke) {
        java.awt.geom.Ellipse2D.Double e = new java.awt.geom.Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        if (fill != null) {
            g.setColor(awt(fill));
            g.fill(e);
        }
        if (stroke != null) {
            apply(stroke);
            g.draw(e);
        }
    }

    @Override
    public void text(String text, double x, double y, double size, RgbaColor color, boolean bold, boolean halo) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)));
        g.setColor(awt(color));
        g.drawString(text, (float) x, (float) y);
    }

    private void apply(Stroke s) {
        g.setColor(awt(s.color()));
        float[] dash = null;
        if (s.dash().length > 0) {
            dash = new float[s.dash().length];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = (float) s.dash()[i];
            }
        }
        g.setStroke(new BasicStroke((float) s.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, dash, 0));
    }

    private static Color awt(RgbaColor c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.alpha() * 255));
    }
}
