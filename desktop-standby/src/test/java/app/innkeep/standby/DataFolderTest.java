package app.innkeep.standby;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the standby keeps its data on each OS when nothing names a folder; the OS and environment are given. */
class DataFolderTest {

    @Test
    void onWindowsItLivesInTheAccountsLocalAppData() throws IOException {
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
            Path home = windows.getPath("C:\\Users\\anna");
            Path folder =
                    DataFolder.forPc("Windows 11", Map.of("LOCALAPPDATA", "C:\\Users\\anna\\AppData\\Local"), home);
            assertThat(folder.toString()).isEqualTo("C:\\Users\\anna\\AppData\\Local\\Innkeep\\standby");
            assertThat(folder.isAbsolute()).isTrue();
        }
    }

    @Test
    void onWindowsWithoutLocalAppDataItIsTheProfilesLocalFolder() throws IOException {
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows())) {
            Path folder = DataFolder.forPc("Windows Server 2022", Map.of(), windows.getPath("D:\\Profiles\\desk"));
            assertThat(folder.toString()).isEqualTo("D:\\Profiles\\desk\\AppData\\Local\\Innkeep\\standby");
        }
    }

    @Test
    void onMacOsItLivesInApplicationSupport() throws IOException {
        try (FileSystem mac = Jimfs.newFileSystem(Configuration.osX())) {
            Path folder = DataFolder.forPc("Mac OS X", Map.of(), mac.getPath("/Users/anna"));
            assertThat(folder.toString()).isEqualTo("/Users/anna/Library/Application Support/Innkeep/standby");
            assertThat(folder.getNameCount())
                    .as("'Application Support' is one folder")
                    .isEqualTo(6);
        }
    }

    @Test
    void onLinuxItFollowsXdgDataHome() throws IOException {
        try (FileSystem linux = Jimfs.newFileSystem(Configuration.unix())) {
            Path home = linux.getPath("/home/anna");
            assertThat(DataFolder.forPc("Linux", Map.of("XDG_DATA_HOME", "/srv/desk-data"), home)
                            .toString())
                    .isEqualTo("/srv/desk-data/innkeep/standby");
            assertThat(DataFolder.forPc("Linux", Map.of(), home).toString())
                    .isEqualTo("/home/anna/.local/share/innkeep/standby");
            assertThat(DataFolder.forPc("Linux", Map.of("XDG_DATA_HOME", ""), home)
                            .toString())
                    .as("empty counts as unset")
                    .isEqualTo("/home/anna/.local/share/innkeep/standby");
            assertThat(DataFolder.forPc("Linux", Map.of("XDG_DATA_HOME", "relative/data"), home)
                            .toString())
                    .as("the XDG specification says to ignore a relative path")
                    .isEqualTo("/home/anna/.local/share/innkeep/standby");
        }
    }

    @Test
    void aFolderNamedInTheEnvironmentWinsOnEveryOs() throws IOException {
        try (FileSystem windows = Jimfs.newFileSystem(Configuration.windows());
                FileSystem unix = Jimfs.newFileSystem(Configuration.unix())) {
            assertThat(DataFolder.forPc(
                                    "Windows 10",
                                    Map.of(
                                            "INNKEEP_STANDBY_DATA_DIR",
                                            "E:\\Innkeep",
                                            "LOCALAPPDATA",
                                            "C:\\Users\\anna\\AppData\\Local"),
                                    windows.getPath("C:\\Users\\anna"))
                            .toString())
                    .isEqualTo("E:\\Innkeep");
            assertThat(DataFolder.forPc(
                                    "Linux",
                                    Map.of("INNKEEP_STANDBY_DATA_DIR", "/opt/desk", "XDG_DATA_HOME", "/srv"),
                                    unix.getPath("/home/anna"))
                            .toString())
                    .isEqualTo("/opt/desk");
        }
    }
}
