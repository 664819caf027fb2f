package org.mineledger.ui.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.io.basemap.BaseMapReader;
import org.mineledger.io.sample.SampleInstaller;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardReference;
import org.mineledger.plan.marking.BarrierKind;
import org.mineledger.plan.marking.SignReason;
import org.mineledger.store.AuditEntry;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.Workspace;

/** The marking dialog's state without a window, on the training sample's HA-0001. */
class MarkingViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aHandedOverAreaOpensWithAWarningThatItsLandIsReleased() {
        Path file = dir.resolve("s.gpkg");
        SampleInstaller.install("border-crossing", file);
        try (Workspace ws = Workspace.open(file)) {
            HazardArea handedOver = ws.hazard(HazardReference.numbered(12)).orElseThrow();
            assertThat(new MarkingViewModel(ws, handedOver, java.util.List.of()).messageProperty().get())
                    .startsWith("Warning: HA-0012 is handed over");
            HazardArea active = ws.hazard(HazardReference.numbered(1)).orElseThrow();
            assertThat(new MarkingViewModel(ws, active, java.util.List.of()).messageProperty().get()).isEmpty();
        }
    }

    @Test
    void choicesRemakeThePlanAndSaveStoresItWithOneAuditEntry() {
        Path file = dir.resolve("s.gpkg");
        SampleInstaller.install("border-crossing", file);
        try (Workspace ws = Workspace.open(file)) {
            HazardArea area = ws.hazard(HazardReference.numbered(1)).orElseThrow();
            MarkingViewModel model = new MarkingViewModel(ws, area, new BaseMapReader().forWorkspace(true));
            assertThat(model.spacingProperty().get()).isEqualTo("25");
            assertThat(model.spacingSourceProperty().get()).startsWith("MineLedger default, not a standard");
            int at25 = model.planProperty().get().signs().size();
            // the sample's track east of HA-0001 crosses a 20 m buffer line: crossing signs appear
            model.bufferProperty().set("20");
            assertThat(model.planProperty().get().count(SignReason.TRACK_CROSSING)).isPositive();
            model.bufferProperty().set("0");
            model.spacingProperty().set("50");
            assertThat(model.planProperty().get().signs().size()).isLessThan(at25);
            model.barrierProperty().set(BarrierKind.NONE);
            assertThat(model.planProperty().get().pickets()).isZero();
            assertThat(model.totalsProperty().get()).contains(model.planProperty().get().signs().size() + " signs");

            int audits = ws.auditTrail().size();
            model.save();
            assertThat(model.savedProperty().get()).isTrue();
            assertThat(new MonitoringStore(ws).latestSigns(area.reference()))
                    .isEqualTo(model.planProperty().get().signs());
            assertThat(ws.auditTrail()).hasSize(audits + 1).last().extracting(AuditEntry::entity)
                    .isEqualTo("ml_marking_plan");

            model.picketsProperty().set("0.1");
            assertThat(model.planProperty().get()).isNull();
            assertThat(model.errorProperty().get()).contains("Picket interval").contains("at least 0.5 m");
            assertThatThrownBy(model::save).hasMessageContaining("no plan to save");
        }
    }
}
