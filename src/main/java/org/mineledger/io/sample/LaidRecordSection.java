package org.mineledger.io.sample;

import com.fasterxml.jackson.databind.JsonNode;
import org.mineledger.store.LaidMinefieldJson;
import org.mineledger.store.LaidMinefieldStore;
import org.mineledger.store.RecordFormatException;
import org.mineledger.store.Workspace;

/**
 * The {@code record} of a scenario's {@code laid-record.json}: the minefield record in the format of
 * {@code mineledger record add-laid}, stored as a draft for the student to check, submit and sign off.
 */
final class LaidRecordSection {
    private final String path;
    private final JsonNode file;

    LaidRecordSection(String path, JsonNode file) {
        this.path = path;
        this.file = file;
    }

    void loadInto(Workspace workspace) {
        JsonNode record = file.get("record");
        if (record == null || !record.isObject()) {
            throw new SampleException(path + ": the field \"record\" (the record in the 'record add-laid' format) "
                    + "is missing.");
        }
        try {
            new LaidMinefieldStore(workspace).add(LaidMinefieldJson.read(record.toString()));
        } catch (RecordFormatException e) {
            throw new SampleException(path + ", field \"record\": " + e.getMessage(), e);
        }
    }
}
