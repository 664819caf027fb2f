package org.mineledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.geo.CoordinateFormatter;
import org.mineledger.geo.CoordinateSystem;
import org.mineledger.geo.Precision;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.model.survey.AreaAccounting;
import org.mineledger.model.survey.LandReleaseEvent;
import org.mineledger.model.survey.ReleaseKind;
import org.mineledger.plan.marking.MarkingFixtures;

class HandoverCertificatePdfTest {
    @TempDir
    Path dir;

    private static final HandoverDetails DETAILS = new HandoverDetails(List.of("technical survey",
            "manual clearance"), 13, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 15),
            "Fictional Demining Group", "Karvala village council", List.of("J. Operator, team leader",
            "K. Mayor, village council"));

    /** The land-release records of {@code a}: one clearance of all of it, or none. */
    private static AreaAccounting records(HazardArea a, boolean clearedInFull) {
        return new AreaAccounting(a.reference().value(), a.polygon(), clearedInFull ? List.of(new LandReleaseEvent(
                ReleaseKind.CLEARED, a.polygon(), "manual clearance", LocalDate.of(2026, 9, 30))) : List.of());
    }

    private static HazardArea area(HazardStatus status) {
        return HazardArea.draft(HazardReference.numbered(8), "Pelvanni path", HazardKind.CONFIRMED, status,
                MarkingFixtures.rectangle(), "fictional", Instant.parse("2026-01-10T08:00:00Z"));
    }

    @Test
    void certificateStatesAreaMethodsDepthDatesPartiesAndTrainingMark() throws Exception {
        Path file = dir.resolve("handover.pdf");
        new HandoverCertificatePdf(new CoordinateFormatter(CoordinateSystem.UTM, Precision.DECIMETRE),
                "TRAINING — FICTIONAL DATA", "").write(area(HazardStatus.HANDED_OVER),
                records(area(HazardStatus.HANDED_OVER), true), DETAILS, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            // where the paragraphs wrap depends on the font's widths, not on what the certificate says
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // Planimeter <<< "58 27\n58 27.0017\n58.0009 27.0017\n58.0009 27" gives "4 401.528991 10076.6" (points, perimeter m, area m^2)
            assertThat(text).contains("Handover certificate — HA-0008 Pelvanni path").contains("Area 10077 m²")
                    .contains("TP4")
                    // 100 m tall in an 80 mm box (68 mm usable): 100 mm at 1:1000 is too big, 50 mm at 1:2000 fits
                    .contains("Scale 1:2000 on A4").contains("technical survey, manual clearance").contains("depth of 13 cm")
                    .contains("2026-05-04").contains("2026-09-30").contains("2026-10-15")
                    .contains("Fictional Demining Group").contains("Receiving community or authority: Karvala")
                    .contains("K. Mayor, village council").contains("TRAINING — FICTIONAL DATA")
                    .contains("Original 10,077 m² = cancelled 0 + reduced 0 + cleared 10,077 + not covered by "
                            + "land-release records 0 m²").doesNotContain("NOT covered");
        }
    }

    @Test
    void landTheReleaseRecordsDoNotCoverIsRefusedUnlessTheEvidenceIsNamedAndThenItIsStated() throws Exception {
        HazardArea cleared = area(HazardStatus.CLEARED);
        Path file = dir.resolve("h.pdf");
        HandoverCertificatePdf pdf = new HandoverCertificatePdf(new CoordinateFormatter(CoordinateSystem.UTM,
                Precision.METRE), "", "");
        assertThatThrownBy(() -> pdf.write(cleared, records(cleared, false), DETAILS, file))
                .hasMessageContaining("HA-0008: its land-release records leave 10,077 m² of its 10,077 m² unreleased")
                .hasMessageContaining("--release-evidence");
        assertThat(Files.exists(file)).isFalse();

        HandoverDetails withEvidence = new HandoverDetails(DETAILS.methods(), 13, DETAILS.workStarted(),
                DETAILS.workCompleted(), DETAILS.handoverDate(), DETAILS.organisation(), DETAILS.receivingAuthority(),
                DETAILS.signatories(), "completion report CR-2026-08 (fictional)");
        pdf.write(cleared, records(cleared, false), withEvidence, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("10,077 m² of this land are NOT covered by land-release records in this workspace. "
                            + "Their release is documented in: completion report CR-2026-08 (fictional).");
        }
    }

    @Test
    void refusesLandNotYetReleased() {
        Path file = dir.resolve("h.pdf");
        assertThatThrownBy(() -> new HandoverCertificatePdf(new CoordinateFormatter(CoordinateSystem.UTM,
                Precision.METRE), "", "").write(area(HazardStatus.ACTIVE), records(area(HazardStatus.ACTIVE), true),
                DETAILS, file))
                .hasMessageContaining("HA-0008 is still active");
        assertThat(Files.exists(file)).isFalse();
    }
}
