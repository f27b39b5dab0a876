package app.innkeep.cloud.masterdata;

import app.innkeep.cloud.problem.Problem;
import java.util.Arrays;

/** The kinds of coded master data a property keeps, named in URLs by their plural path. */
public enum MasterDataKind {
    INVENTORY_ITEM("inventory-items", "inventory item"),
    RECEIPT_TYPE("receipt-types", "receipt type"),
    SOURCE("sources", "source"),
    ROOM_TYPE("room-types", "room type");

    private final String path;
    private final String label;

    MasterDataKind(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public static MasterDataKind fromPath(String path) {
        return Arrays.stream(values())
                .filter(k -> k.path.equals(path))
                .findFirst()
                .orElseThrow(() -> Problem.notFound(
                        "master-data list", path + " (use inventory-items, receipt-types, sources or room-types)"));
    }
}
