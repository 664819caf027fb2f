package org.mineledger.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.mineledger.geo.GeoPoint;

/** A polygon drawn alone at a true stated scale in a box across the page, with its turning points numbered. */
final class PolygonSketch {
    private PolygonSketch() {
    }

    static void draw(PdfPageFlow flow, List<GeoPoint> ring, float heightMm) throws IOException {
        float height = heightMm * PdfPageFlow.MM;
        float bottom = flow.block(height + 16);
        MapFrame f = new MapFrame(ring, PdfPageFlow.MARGIN, bottom + 16, flow.width(), height);
        PDPageContentStream cs = flow.content();
        cs.setLineWidth(0.6f);
        cs.setStrokingColor(0f, 0f, 0f);
        cs.addRect(f.x0(), f.y0(), f.width(), f.height());
        cs.stroke();
        float[] p = f.toPage(ring.get(0));
        cs.moveTo(p[0], p[1]);
        for (int i = 1; i < ring.size(); i++) {
            p = f.toPage(ring.get(i));
            cs.lineTo(p[0], p[1]);
        }
        cs.closePath();
        cs.setNonStrokingColor(0.8f, 0.93f, 0.8f);
        cs.setStrokingColor(0f, 0.55f, 0f);
        cs.fillAndStroke();
        cs.setNonStrokingColor(0f, 0f, 0f);
        cs.setStrokingColor(0f, 0f, 0f);
        for (int i = 0; i < ring.size(); i++) {
            p = f.toPage(ring.get(i));
            flow.text(flow.regular(), 7, p[0] + 2, p[1] + 2, "TP" + (i + 1));
        }
        int bar = f.scaleBarMetres();
        float barPts = (float) (bar * f.pointsPerMetre());
        cs.addRect(f.x0() + 8, f.y0() + 8, barPts, 2.5f);
        cs.fill();
        flow.text(flow.regular(), 7, f.x0() + 8 + barPts + 4, f.y0() + 8, bar + " m");
        flow.text(flow.regular(), 7, f.x0(), bottom + 5, String.format(Locale.ROOT,
                "Scale 1:%d on A4 (print at 100 %%). UTM zone %d grid, grid north up; true north %.2f° %s of grid "
                        + "north. Green: released land.", f.scale(), f.zone(), Math.abs(f.convergence()),
                f.convergence() >= 0 ? "west" : "east"));
    }
}
