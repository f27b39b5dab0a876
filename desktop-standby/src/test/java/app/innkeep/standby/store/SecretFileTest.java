package app.innkeep.standby.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standby's secrets on this machine's own disk: rw------- for the account that runs the standby on POSIX systems
 * (here), one entry for the owner and nothing inherited on Windows (the Windows workflow runs those).
 */
class SecretFileTest {

    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aSecretIsCreatedOwnerOnlyAndATightenedFileKeepsItsContent() throws IOException {
        Path file = dir.resolve("standby").resolve("operator.token");
        SecretFile.create(file, "iko_abc");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(SecretFile.read(file)).isEqualTo("iko_abc");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aSecretAnotherAccountOwnsStopsTheStartWithWhatToType() throws IOException {
        // Only an administrator can give a file away; the test machine runs as root, a developer's may not.
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to give a file to another account");
        UserPrincipal nobody;
        try {
            nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        } catch (UserPrincipalNotFoundException noSuchAccount) {
            assumeTrue(false, "no account 'nobody' on this machine");
            return;
        }
        Path file = dir.resolve("replica.key");
        SecretFile.create(file, "0123456789abcdef0123456789abcdef");
        Files.setOwner(file, nobody);

        assertThatThrownBy(() -> new ReplicaKey(file).load(true))
                .hasMessageContaining("belongs to the account nobody, not to root")
                .hasMessageContaining("chown root '" + file + "' && chmod 600 '" + file + "'");
        assertThat(Files.getOwner(file)).as("nothing changed").isEqualTo(nobody);
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void onAWindowsDiskASecretIsReadableByItsOwnerAloneWithNothingInherited() throws IOException {
        Path file = dir.resolve("standby").resolve("replica.key");
        SecretFile.create(file, "0123456789abcdef0123456789abcdef");

        AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
        assertThat(view.getAcl())
                .singleElement()
                .satisfies(entry -> assertThat(entry.principal()).isEqualTo(view.getOwner()));
        assertThat(SecretFile.read(file)).isEqualTo("0123456789abcdef0123456789abcdef");
    }
}
