package org.mineledger.plan.clearance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One team in the field: an asset type and the first day it is available. */
public record Team(String id, AssetType asset, LocalDate availableFrom) {
    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(availableFrom, "availableFrom");
    }

    /**
     * Teams from a list such as {@code manual=2,mdd=1}: two teams {@code manual-1}, {@code manual-2} and one
     * {@code mdd-1}, all available from {@code from}.
     */
    public static List<Team> parse(String list, AssetCatalogue catalogue, LocalDate from) {
        List<Team> teams = new ArrayList<>();
        String text = list == null ? "" : list.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("No teams given; write e.g. manual=2,mdd=1.");
        }
        for (String item : text.split(",")) {
            String[] kv = item.strip().split("=");
            if (kv.length != 2) {
                throw new IllegalArgumentException("Team entry '" + item.strip()
                        + "' must be CODE=COUNT, e.g. manual=2.");
            }
            AssetType type = catalogue.require(kv[0].strip());
            int count;
            try {
                count = Integer.parseInt(kv[1].strip());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("Team count '" + kv[1].strip() + "' for " + type.code()
                        + " is not a whole number.");
            }
            if (count < 0 || count > 500) {
                throw new IllegalArgumentException("Team count " + count + " for " + type.code()
                        + " must be between 0 and 500.");
            }
            for (int i = 1; i <= count; i++) {
                teams.add(new Team(type.code() + "-" + i, type, from));
            }
        }
        if (teams.isEmpty()) {
            throw new IllegalArgumentException("Teams '" + text + "' make no team; a plan needs at least one team, "
                    + "e.g. manual=2,mdd=1.");
        }
        return List.copyOf(teams);
    }
}
