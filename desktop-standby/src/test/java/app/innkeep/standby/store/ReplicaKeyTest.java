package app.innkeep.standby.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ReplicaKeyTest {

    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(OS.WINDOWS) // POSIX permissions; SecretFileTest checks the ACL on Windows.
    void aNewKeyIsRandomAndOnlyItsOwnerCanReadIt() throws Exception {
        Path file = dir.resolve("replica.key");
        String key = new ReplicaKey(file).load(false);
        assertThat(key).matches("[0-9a-f]{32}");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new ReplicaKey(file).load(true)).isEqualTo(key);
        assertThat(new ReplicaKey(dir.resolve("other.key")).load(false)).isNotEqualTo(key);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aKeyFileOthersCanReadIsMadeOwnerOnlyAgain() throws Exception {
        Path file = dir.resolve("replica.key");
        new ReplicaKey(file).load(false);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        new ReplicaKey(file).load(true);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void anExistingReplicaWithoutItsKeySaysWhatToDo() {
        assertThatThrownBy(() -> new ReplicaKey(dir.resolve("replica.key")).load(true))
                .hasMessageContaining("is missing")
                .hasMessageContaining("pair the standby again");
    }

    @Test
    void aDamagedKeyIsRefused() throws Exception {
        Path file = dir.resolve("replica.key");
        Files.writeString(file, "not a key");
        assertThatThrownBy(() -> new ReplicaKey(file).load(true)).hasMessageContaining("damaged");
    }
}
