package app.innkeep.standby.desk;

import app.innkeep.model.Posting;
import app.innkeep.model.StayTerms;
import io.micronaut.serde.annotation.SerdeImport;

/**
 * The shared model's stay and posting as the desk's JSON carries them, unwrapped into {@link DeskBooking} and
 * {@link FolioEntry}. Imported here because the shared model stays free of framework annotations.
 */
@SerdeImport(StayTerms.class)
@SerdeImport(Posting.class)
final class SharedValuesAsJson {

    private SharedValuesAsJson() {}
}
