package app.innkeep.standby.drill;

/** One table of the replica before the drill and after it: the same rows, or not. */
public record TableCheck(String table, long rowsBefore, String sumBefore, Long rowsAfter, String sumAfter) {

    public boolean same() {
        return rowsAfter != null && rowsAfter == rowsBefore && sumBefore.equals(sumAfter);
    }
}
