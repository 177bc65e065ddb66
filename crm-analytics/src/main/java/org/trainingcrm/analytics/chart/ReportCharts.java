package org.trainingcrm.analytics.chart;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.trainingcrm.analytics.report.ReportColumn;
import org.trainingcrm.analytics.report.ReportResult;
import org.trainingcrm.analytics.report.ReportRow;

/**
 * Draws report results as stacked bar charts and encodes them as PNG.
 *
 * <p>Drawing happens off-screen into an image, so it works on a headless JVM
 * ({@code -Djava.awt.headless=true}). This class does not set that property itself: in a host
 * application with a desktop user interface it would switch the whole JVM off the screen.
 */
public final class ReportCharts {

    /** The width in pixels of charts drawn for workbooks. */
    public static final int DEFAULT_WIDTH = 800;
    /** The height in pixels of charts drawn for workbooks. */
    public static final int DEFAULT_HEIGHT = 500;

    private static final String NO_LABEL = "(none)";
    // beyond this many bars the labels of a horizontal axis overlap; turn them instead
    private static final int UPRIGHT_LABEL_LIMIT = 6;
    // as a share of the plot's width
    private static final double MAX_BAR_WIDTH = 0.12;

    private ReportCharts() {
    }

    /**
     * Whether the result has the shape of a stacked bar chart: text category, text series,
     * numeric value, in that column order.
     */
    public static boolean canChart(ReportResult result) {
        List<ReportColumn> columns = result.columns();
        return columns.size() == 3
                && columns.get(0).isText()
                && columns.get(1).isText()
                && columns.get(2).isNumeric();
    }

    /**
     * Renders the result as a stacked bar chart (bars by the first column, stacks by the
     * second, heights from the third) titled with the report's title, as PNG bytes.
     */
    public static byte[] stackedBarPng(ReportResult result, int width, int height) {
        if (!canChart(result)) {
            throw new IllegalArgumentException("report '" + result.report().name()
                    + "' does not have the columns (text, text, number) of a stacked bar chart: "
                    + result.columnNames());
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive, was " + width + "x" + height);
        }
        JFreeChart chart = stackedBarChart(result);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart of report '"
                    + result.report().name() + "'", e);
        }
        return png.toByteArray();
    }

    private static JFreeChart stackedBarChart(ReportResult result) {
        Map<String, Map<String, BigDecimal>> byCategory = totals(result);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        byCategory.forEach((category, bySeries) ->
                bySeries.forEach((series, value) -> dataset.addValue(value, series, category)));

        List<ReportColumn> columns = result.columns();
        JFreeChart chart = ChartFactory.createStackedBarChart(result.report().title(),
                columns.get(0).name(), columns.get(2).name(), dataset,
                PlotOrientation.VERTICAL, true, false, false);
        theme(labelsOf(result, byCategory)).apply(chart);

        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (columns.get(2).javaClass() == Long.class) {
            // counts: a tick at 2.5 clients would be nonsense
            ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        if (byCategory.size() > UPRIGHT_LABEL_LIMIT) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        // two managers would otherwise get bars as wide as half the chart
        renderer.setMaximumBarWidth(MAX_BAR_WIDTH);
        return chart;
    }

    // Rows are summed, not overwritten, when two rows share a category and series (two managers
    // with one display name, say); the report's row order decides the bar and stack order.
    private static Map<String, Map<String, BigDecimal>> totals(ReportResult result) {
        Map<String, Map<String, BigDecimal>> byCategory = new LinkedHashMap<>();
        for (ReportRow row : result.rows()) {
            String category = label(row, 0);
            String series = label(row, 1);
            BigDecimal value = row.value(2).map(v -> new BigDecimal(v.toString())).orElse(BigDecimal.ZERO);
            byCategory.computeIfAbsent(category, c -> new LinkedHashMap<>()).merge(series, value, BigDecimal::add);
        }
        return byCategory;
    }

    private static String label(ReportRow row, int column) {
        return row.value(column).map(Object::toString).filter(s -> !s.isBlank()).orElse(NO_LABEL);
    }

    private static List<String> labelsOf(ReportResult result, Map<String, Map<String, BigDecimal>> byCategory) {
        List<String> labels = new ArrayList<>(result.columnNames());
        labels.add(result.report().title());
        byCategory.forEach((category, bySeries) -> {
            labels.add(category);
            labels.addAll(bySeries.keySet());
        });
        return labels;
    }

    private static StandardChartTheme theme(List<String> labels) {
        String family = ChartFonts.familyFor(labels);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(family, Font.BOLD, 18));
        theme.setLargeFont(new Font(family, Font.BOLD, 14));
        theme.setRegularFont(new Font(family, Font.PLAIN, 12));
        theme.setSmallFont(new Font(family, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        return theme;
    }
}
