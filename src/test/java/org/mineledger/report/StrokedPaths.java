package org.mineledger.report;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;

/** Reads a PDF page back and keeps every stroked path with its colour, in page points (PDF user space). */
final class StrokedPaths extends PDFGraphicsStreamEngine {
    /** One stroked path: its colour as 0xRRGGBB and its points in drawing order. */
    record Path(int rgb, List<Point2D> points) {
    }

    private final List<Path> paths = new ArrayList<>();
    private List<Point2D> current = new ArrayList<>();
    private Point2D last = new Point2D.Double();

    StrokedPaths(PDPage page) {
        super(page);
    }

    static List<Path> of(PDPage page) throws IOException {
        StrokedPaths engine = new StrokedPaths(page);
        engine.processPage(page);
        return engine.paths;
    }

    @Override
    public void moveTo(float x, float y) {
        last = new Point2D.Double(x, y);
        current.add(last);
    }

    @Override
    public void lineTo(float x, float y) {
        last = new Point2D.Double(x, y);
        current.add(last);
    }

    @Override
    public void strokePath() throws IOException {
        paths.add(new Path(getGraphicsState().getStrokingColor().toRGB(), List.copyOf(current)));
        current = new ArrayList<>();
    }

    @Override
    public void fillPath(int windingRule) {
        current = new ArrayList<>();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        strokePath();
    }

    @Override
    public void endPath() {
        current = new ArrayList<>();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        current.add(p0);
        current.add(p1);
        current.add(p2);
        current.add(p3);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        lineTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return last;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
