package org.mineledger.ui.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.mineledger.plan.clearance.Assignment;
import org.mineledger.plan.clearance.Plan;
import org.mineledger.plan.clearance.Team;

/** Tasks by team over dates: one row per team, one bar per task from its first to its last day. */
final class GanttChart extends Canvas {
    private static final double ROW = 26;
    private static final double LEFT = 90;
    private static final double TOP = 24;
    private static final double PX_PER_DAY = 2.2;
    /** Pixels a "2026-03" label needs at the axis font size, with a gap to the next. */
    private static final double LABEL_ROOM = 44;
    private static final Map<String, Color> KIND_COLOURS = Map.of("MANUAL", Color.web("#D9534F"),
            "MDD", Color.web("#5B8DD9"), "MECHANICAL", Color.web("#7A7A7A"));
    private final List<AxisLabel> axisLabels = new ArrayList<>();

    void show(Plan plan) {
        GraphicsContext g = getGraphicsContext2D();
        if (plan == null) {
            setWidth(400);
            setHeight(60);
            g.clearRect(0, 0, getWidth(), getHeight());
            axisLabels.clear();
            return;
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(plan.start(), plan.end()) + 1);
        setWidth(LEFT + days * PX_PER_DAY + 40);
        setHeight(TOP + plan.teams().size() * ROW + 10);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setFont(Font.font(10));
        g.setTextBaseline(VPos.CENTER);
        monthTicks(g, plan.start(), plan.end());
        Map<String, Integer> rowOf = new HashMap<>();
        List<Team> teams = plan.teams();
        for (int i = 0; i < teams.size(); i++) {
            rowOf.put(teams.get(i).id(), i);
            g.setFill(Color.BLACK);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(teams.get(i).id(), 6, TOP + i * ROW + ROW / 2);
        }
        for (Assignment a : plan.assignments()) {
            int row = rowOf.getOrDefault(a.team().id(), 0);
            double x0 = LEFT + ChronoUnit.DAYS.between(plan.start(), a.start()) * PX_PER_DAY;
            double x1 = LEFT + (ChronoUnit.DAYS.between(plan.start(), a.end()) + 1) * PX_PER_DAY;
            double y = TOP + row * ROW + 4;
            g.setFill(KIND_COLOURS.getOrDefault(a.team().asset().kind().name(), Color.GRAY));
            g.fillRect(x0, y, Math.max(2, x1 - x0), ROW - 8);
            g.setStroke(Color.BLACK);
            g.strokeRect(x0, y, Math.max(2, x1 - x0), ROW - 8);
            g.setFill(Color.WHITE);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(a.task().id() + " " + a.task().hazardReference(), x0 + 3, y + (ROW - 8) / 2, x1 - x0 - 4);
        }
    }

    /** The month labels along the axis as last drawn, left to right. */
    List<AxisLabel> axisLabels() {
        return List.copyOf(axisLabels);
    }

    /** A month label on the axis: its text and where it starts, in pixels from the left of the chart. */
    record AxisLabel(String text, double x) {
    }

    private void monthTicks(GraphicsContext g, LocalDate start, LocalDate end) {
        g.setStroke(Color.LIGHTGRAY);
        g.setFill(Color.DIMGRAY);
        g.setTextAlign(TextAlignment.LEFT);
        axisLabels.clear();
        for (LocalDate m = start.withDayOfMonth(1); !m.isAfter(end); m = m.plusMonths(1)) {
            double x = LEFT + Math.max(0, ChronoUnit.DAYS.between(start, m)) * PX_PER_DAY;
            g.strokeLine(x, TOP - 4, x, getHeight());
            // the month the plan starts in may be only a few days wide: its label would overprint the next
            // month's, so it goes without one and the next month carries the year
            if (m.isBefore(start) && ChronoUnit.DAYS.between(start, m.plusMonths(1)) * PX_PER_DAY < LABEL_ROOM) {
                continue;
            }
            String text = axisLabels.isEmpty() || m.getMonthValue() == 1
                    ? m.getYear() + "-" + String.format("%02d", m.getMonthValue())
                    : String.format("%02d", m.getMonthValue());
            g.fillText(text, x + 2, TOP / 2);
            axisLabels.add(new AxisLabel(text, x + 2));
        }
    }
}
