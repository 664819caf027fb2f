package org.mineledger.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The signature that locks a record.
 *
 * @param name who signed
 * @param role in what capacity, e.g. {@code Commander 12 Engineer Bn}
 * @param at   UTC time of signing
 */
public record SignOff(String name, String role, Instant at) {

    public SignOff {
        name = name == null ? "" : name.strip();
        role = role == null ? "" : role.strip();
        Objects.requireNonNull(at, "at");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Enter the name of the person signing off.");
        }
        if (role.isEmpty()) {
            throw new IllegalArgumentException("Enter the role of the person signing off (e.g. commander, QA officer).");
        }
    }
}
