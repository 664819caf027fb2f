package org.mineledger.ui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mineledger.model.HazardArea;
import org.mineledger.model.HazardKind;
import org.mineledger.model.HazardReference;
import org.mineledger.model.HazardStatus;
import org.mineledger.plan.marking.MarkingFixtures;
import org.mineledger.plan.monitoring.ItemKind;
import org.mineledger.plan.monitoring.ScheduledItem;
import org.mineledger.store.MonitoringStore;
import org.mineledger.store.Workspace;

/** The dashboard's state without a window, on a real workspace. */
class MonitoringViewModelTest {
    @TempDir
    Path dir;

    private static HazardArea draft(int n, HazardStatus status) {
        return HazardArea.draft(HazardReference.numbered(n), "Training field " + n, HazardKind.LAID_MINEFIELD,
                status, MarkingFixtures.rectangle(), "fictional", Instant.parse("2026-01-10T08:00:00Z"));
    }

    @Test
    void logsAnInspectionWhosePhotoIsKeptAndWhoseMissingSignsBecomeTasksDueThisWeek() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            ws.add(draft(1, HazardStatus.ACTIVE));
            ws.add(draft(2, HazardStatus.HANDED_OVER));
            MonitoringViewModel vm = new MonitoringViewModel(() -> Optional.of(ws));
            vm.todayProperty().set(LocalDate.of(2026, 3, 5));
            assertThat(vm.overdueCountProperty().get()).isEqualTo(1); // HA-0001 due 2026-02-10; HA-0002 handed over
            assertThat(vm.areas()).containsExactly(HazardReference.numbered(1));

            Path photo = Files.write(dir.resolve("s-004.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            vm.logInspection(HazardReference.numbered(1), LocalDate.of(2026, 3, 5), "A. Tamm", "Team 2",
                    "S-004 s-007", "", 0, false, false, "", List.of(photo));
            assertThat(vm.overdue()).isEmpty();
            assertThat(vm.thisWeek()).extracting(ScheduledItem::kind).containsOnly(ItemKind.FOLLOW_UP);
            assertThat(vm.thisWeek()).extracting(ScheduledItem::title).containsExactly(
                    "Replace missing sign S-004 (HA-0001)", "Replace missing sign S-007 (HA-0001)");
            assertThat(vm.messageProperty().get()).contains("2 follow-up task");
            long id = new MonitoringStore(ws).records().inspections().get(0).id();
            assertThat(new MonitoringStore(ws).attachments(id)).singleElement()
                    .satisfies(a -> assertThat(a.fileName()).isEqualTo("s-004.png"));

            vm.teamFilterProperty().set("Team 9");
            assertThat(vm.thisWeek()).isEmpty();
            assertThat(vm.overdueCountProperty().get()).isZero();
        }
    }

    @Test
    void refusesAnInspectionWithoutAnAreaOrInspector() {
        try (Workspace ws = Workspace.create(dir.resolve("field.gpkg"))) {
            MonitoringViewModel vm = new MonitoringViewModel(() -> Optional.of(ws));
            assertThatThrownBy(() -> vm.logInspection(null, LocalDate.of(2026, 3, 5), "A. Tamm", "", "", "", 0,
                    false, false, "", List.of())).hasMessageContaining("Choose the area");
            assertThatThrownBy(() -> vm.logInspection(HazardReference.numbered(1), LocalDate.of(2026, 3, 5), " ",
                    "", "", "", 0, false, false, "", List.of())).hasMessageContaining("name of the inspector");
        }
    }

    @Test
    void splitsSignNumbersTypedWithCommasOrSpaces() {
        assertThat(MonitoringViewModel.signs("S-004, S-007;S-010  S-011")).containsExactly("S-004", "S-007",
                "S-010", "S-011");
        assertThat(MonitoringViewModel.signs("  ")).isEmpty();
    }
}
