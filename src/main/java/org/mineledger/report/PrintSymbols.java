package org.mineledger.report;

import org.mineledger.map.RgbaColor;

/** Ink colours for paper; base-map symbols come from {@link org.mineledger.map.BaseMapSymbols}. */
final class PrintSymbols {
    static final RgbaColor INK = RgbaColor.hex("#202020", 1);
    static final RgbaColor WATER_INK = RgbaColor.hex("#2F5D8A", 1);

    private PrintSymbols() {
    }
}
