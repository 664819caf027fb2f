package org.mineledger.ui.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.mineledger.map.RgbaColor;
import org.mineledger.map.Surface;

/** Draws map primitives on a JavaFX canvas. */
final class FxSurface implements Surface {
    private final GraphicsContext g;
    private final CellImages cellImages;

    FxSurface(GraphicsContext g, CellImages cellImages) {
        this.g = g;
        this.cellImages = cellImages;
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setFillRule(FillRule.EVEN_ODD);
    }

    static Color fx(RgbaColor c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.alpha());
    }

    @Override
    public void polygon(double[][] xs, double[][] ys, int[] counts, RgbaColor fill, Stroke stroke) {
        g.beginPath();
        for (int r = 0; r < xs.length; r++) {
            if (counts[r] < 2) {
                continue;
            }
            g.moveTo(xs[r][0], ys[r][0]);
            for (int i = 1; i < counts[r]; i++) {
                g.lineTo(xs[r][i], ys[r][i]);
            }
            g.closePath();
        }
        if (fill != null) {
            g.setFill(fx(fill));
            g.fill();
        }
        if (stroke != null) {
            apply(stroke);
            g.stroke();
        }
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count, Stroke stroke) {
        if (count < 2) {
            return;
        }
        apply(stroke);
        g.strokePolyline(xs, ys, count);
    }

    @Override
    public void dot(double x, double y, double r, RgbaColor fill, Stroke stroke) {
        if (fill != null) {
            g.setFill(fx(fill));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
        if (stroke != null) {
            apply(stroke);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }



    /** One image at screen resolution, drawn 1:1: the same pixels as the rectangles, in one cheap blit. */
    @Override
    public void cells(int cellPx, int columns, int rows, int[] argb) {
        if (columns <= 0 || rows <= 0) {
            return;
        }
        g.drawImage(cellImages.image(cellPx, columns, rows, argb), 0, 0);
    }

    @Override
    public void text(String text, double x, double y, double size, RgbaColor color, boolean bold, boolean halo) {
        g.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        if (halo) {
            g.setStroke(Color.rgb(255, 255, 255, 0.85));
            g.setLineWidth(3);
            g.setLineDashes();
            g.strokeText(text, x, y);
        }
        g.setFill(fx(color));
        g.fillText(text, x, y);
    }

    private void apply(Stroke stroke) {
        g.setStroke(fx(stroke.color()));
        g.setLineWidth(stroke.width());
        g.setLineDashes(stroke.dash().length == 0 ? null : stroke.dash());
    }
}
