package app.innkeep.standby.web;

import app.innkeep.standby.outage.DeskAction;

/**
 * One-time IDs for the forms of a page ({@code ids.next()} in a template): each form gets its own, which becomes the
 * journal entry's ID when it is sent, so sending the same form twice is recognised.
 */
public final class FormIds {
    public String next() {
        return DeskAction.newEntryId();
    }
}
