package app.innkeep.cloud.masterdata;

import app.innkeep.cloud.problem.Problem;
import java.util.Arrays;

/** The kinds of coded master data a property keeps, named in URLs by their plural path. */
public enum MasterDataKind {
    INVENTORY_ITEM("inventory-items", "inventory item", "inventory-item"),
    RECEIPT_TYPE("receipt-types", "receipt type", "receipt-type"),
    SOURCE("sources", "source", "source"),
    ROOM_TYPE("room-types", "room type", "room-type");

    private final String path;
    private final String label;
    private final String wireName;

    MasterDataKind(String path, String label, String wireName) {
        this.path = path;
        this.label = label;
        this.wireName = wireName;
    }

    /** The kind as the feed names it in {@code masterdata.changed}. */
    public String wireName() {
        return wireName;
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
