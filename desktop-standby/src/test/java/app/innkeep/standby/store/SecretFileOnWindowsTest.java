package app.innkeep.standby.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.standby.DataFolder;
import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The standby's secrets on a Windows file system, modelled in memory: NTFS has no POSIX permissions, only ACLs, and a
 * new file inherits its folder's entries (here, as in a user profile: the account, SYSTEM, Administrators, and Users
 * reading).
 */
class SecretFileOnWindowsTest {

    private FileSystem windows;
    private UserPrincipal anna;
    private UserPrincipal users;
    private Path dataFolder;

    @BeforeEach
    void aFrontDeskPcOnWindows() throws IOException {
        UserPrincipalLookupService names;
        // Jimfs names principals by name only, so principals looked up on one of its file systems equal those of
        // another: the folder's inherited entries are set up before the PC's file system exists.
        try (FileSystem lookup = Jimfs.newFileSystem(Configuration.windows())) {
            names = lookup.getUserPrincipalLookupService();
            anna = names.lookupPrincipalByName("FRONTDESK\\anna");
            users = names.lookupPrincipalByName("BUILTIN\\Users");
            List<AclEntry> inherited = List.of(
                    allow(anna, EnumSet.allOf(AclEntryPermission.class)),
                    allow(names.lookupPrincipalByName("NT AUTHORITY\\SYSTEM"), EnumSet.allOf(AclEntryPermission.class)),
                    allow(
                            names.lookupPrincipalByName("BUILTIN\\Administrators"),
                            EnumSet.allOf(AclEntryPermission.class)),
                    allow(users, EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.READ_ATTRIBUTES)));
            windows = Jimfs.newFileSystem(Configuration.windows().toBuilder()
                    .setAttributeViews("basic", "owner", "acl", "dos")
                    .setDefaultAttributeValue("owner:owner", "FRONTDESK\\anna")
                    .setDefaultAttributeValue("acl:acl", inherited)
                    .build());
        }
        dataFolder = DataFolder.forPc(
                "Windows 11",
                Map.of("LOCALAPPDATA", "C:\\Users\\anna\\AppData\\Local"),
                windows.getPath("C:\\Users\\anna"));
    }

    @AfterEach
    void close() throws IOException {
        windows.close();
    }

    @Test
    void aNewKeyIsReadableByItsOwnerAloneWithNothingInheritedFromTheFolder() throws IOException {
        Path file = dataFolder.resolve("replica.key");
        assertThat(windows.supportedFileAttributeViews()).doesNotContain("posix");

        String key = new ReplicaKey(file).load(false);

        assertThat(key).matches("[0-9a-f]{32}");
        assertThat(file.toString()).isEqualTo("C:\\Users\\anna\\AppData\\Local\\Innkeep\\standby\\replica.key");
        List<AclEntry> acl = aclOf(file);
        assertThat(acl).singleElement().satisfies(entry -> {
            assertThat(entry.principal()).isEqualTo(anna);
            assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
            assertThat(entry.permissions())
                    .contains(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA)
                    .doesNotContain(AclEntryPermission.WRITE_ACL, AclEntryPermission.WRITE_OWNER);
            assertThat(entry.flags()).as("nothing for the file to pass on").isEmpty();
        });
        assertThat(new ReplicaKey(file).load(true)).isEqualTo(key);
    }

    @Test
    void aTokenFileSomeoneOpenedToUsersIsMadeOwnerOnlyAtTheNextStart() throws IOException {
        Path file = dataFolder.resolve("operator.token");
        String token = SecretFile.create(file, "iko_0123456789abcdef");
        AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
        List<AclEntry> loosened = new ArrayList<>(view.getAcl());
        loosened.add(allow(users, EnumSet.of(AclEntryPermission.READ_DATA)));
        view.setAcl(loosened);
        assertThat(SecretFile.isOwnerOnly(view.getAcl(), anna)).isFalse();

        assertThat(SecretFile.read(file)).isEqualTo(token);

        assertThat(aclOf(file)).singleElement().extracting(AclEntry::principal).isEqualTo(anna);
    }

    @Test
    void aDenyEntryForOthersIsNoLeakAndIsLeftAsItIs() throws IOException {
        Path file = dataFolder.resolve("operator.token");
        SecretFile.create(file, "iko_0123456789abcdef");
        AclFileAttributeView view = Files.getFileAttributeView(file, AclFileAttributeView.class);
        List<AclEntry> withDeny = new ArrayList<>(view.getAcl());
        withDeny.add(AclEntry.newBuilder()
                .setType(AclEntryType.DENY)
                .setPrincipal(users)
                .setPermissions(AclEntryPermission.READ_DATA)
                .build());
        view.setAcl(withDeny);

        SecretFile.read(file);

        assertThat(aclOf(file)).isEqualTo(withDeny);
    }

    @Test
    void aFileWithNoEntriesAtAllIsGivenBackToItsOwner() throws IOException {
        Path file = dataFolder.resolve("replica.key");
        String key = new ReplicaKey(file).load(false);
        Files.getFileAttributeView(file, AclFileAttributeView.class).setAcl(List.of());

        assertThat(new ReplicaKey(file).load(true)).isEqualTo(key);

        assertThat(aclOf(file)).singleElement().extracting(AclEntry::principal).isEqualTo(anna);
    }

    @Test
    void aSecondStandbyRacingTheFirstReadsTheFirstOnesSecret() throws IOException {
        Path file = dataFolder.resolve("operator.token");
        String first = SecretFile.create(file, "iko_first");
        assertThat(SecretFile.create(file, "iko_second")).isEqualTo(first);
    }

    private static List<AclEntry> aclOf(Path file) throws IOException {
        return Files.getFileAttributeView(file, AclFileAttributeView.class).getAcl();
    }

    private static AclEntry allow(UserPrincipal who, java.util.Set<AclEntryPermission> what) {
        return AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(who)
                .setPermissions(what)
                .build();
    }
}
