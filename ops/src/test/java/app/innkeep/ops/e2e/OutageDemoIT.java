package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.demo.OutageDemo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's run command: the narrated outage demo plays to the end and leaves the PDFs it promises. */
class OutageDemoIT {

    @Test
    void theDemoTellsTheOutageStoryAndLeavesTheReentryPdfs() throws Exception {
        Path output = Files.createTempDirectory("innkeep-demo-");
        System.setProperty("innkeep.demo.output", output.toString());
        PrintStream console = System.out;
        ByteArrayOutputStream told = new ByteArrayOutputStream();
        System.setOut(new PrintStream(told, true, StandardCharsets.UTF_8));
        ZoneId hotel = ZoneId.of("America/Los_Angeles");
        LocalTime began = LocalTime.now(hotel).withSecond(0).withNano(0);
        try {
            OutageDemo.main(new String[0]);
        } finally {
            System.setOut(console);
            System.clearProperty("innkeep.demo.output");
        }
        LocalTime ended = LocalTime.now(hotel);
        String story = told.toString(StandardCharsets.UTF_8);
        console.println(story);
        assertThat(story)
                .contains("The internet goes down")
                .contains("Anna takes a walk-in")
                .contains("closing check: Verified:")
                .contains("She signs the re-entry off.")
                .contains("searching D");
        // The ports: MICRONAUT_SERVER_PORT (the cloud) and INNKEEP_STANDBY_PORT are honoured; unset, the demo says
        // which port it took and why.
        Matcher cloudPort = Pattern.compile(
                        "the cloud listens on port (\\d+) \\((.+)\\): http://127\\.0\\.0\\.1:(\\d+)")
                .matcher(story);
        assertThat(cloudPort.find()).as(story).isTrue();
        assertThat(cloudPort.group(3)).isEqualTo(cloudPort.group(1));
        String env = System.getenv("MICRONAUT_SERVER_PORT");
        if (env != null && !env.isBlank()) {
            assertThat(cloudPort.group(1)).isEqualTo(env.strip());
            assertThat(cloudPort.group(2)).isEqualTo("from MICRONAUT_SERVER_PORT");
        } else if (cloudPort.group(1).equals("8080")) {
            assertThat(cloudPort.group(2)).startsWith("the usual port; set MICRONAUT_SERVER_PORT");
        } else {
            assertThat(cloudPort.group(2))
                    .isEqualTo("8080 is taken by another program, so a free port was picked;"
                            + " set MICRONAUT_SERVER_PORT to choose");
        }
        assertThat(story).containsPattern("the standby listens on port \\d+ \\(.*INNKEEP_STANDBY_PORT.*\\)");

        // The story's times are the hotel's, as the standby's pages show them; no sequences or milliseconds in it.
        String tale = story.substring(0, story.indexOf("Technical summary:"));
        assertThat(tale)
                .doesNotContain("sequence")
                .doesNotContainPattern("\\d ms\\b")
                .doesNotContain("10:40");
        Matcher checkIn =
                Pattern.compile("(\\d\\d:\\d\\d) Anna checks in Ingrid Berg").matcher(tale);
        assertThat(checkIn.find()).as(tale).isTrue();
        LocalTime checkedIn = LocalTime.parse(checkIn.group(1));
        if (began.isBefore(ended)) {
            assertThat(checkedIn).as("the hotel's time of the check-in").isBetween(began, ended);
        }
        assertThat(tale).containsPattern("\\d\\d:\\d\\d Anna takes a walk-in, Zoë Ångström, who gets D\\d+");
        assertThat(story).containsPattern("Technical summary: the demo took \\d+ s; .*sequence");
        Path run;
        try (var runs = Files.list(output)) {
            run = runs.findFirst().orElseThrow();
        }
        for (String pdf : List.of("room-bookings.pdf", "financials.pdf", "items.pdf", "collisions.pdf")) {
            assertThat(Files.size(run.resolve(pdf))).as(pdf).isGreaterThan(1000);
        }
        assertThat(Files.readString(run.resolve("financials.csv"))).contains("VISA");
    }

    @Test
    void theLongStoryClosesEachNightOnTheStandbyAndTheCloudGoesThroughTheSameNights() throws Exception {
        Path output = Files.createTempDirectory("innkeep-demo-days-");
        System.setProperty("innkeep.demo.output", output.toString());
        PrintStream console = System.out;
        ByteArrayOutputStream told = new ByteArrayOutputStream();
        System.setOut(new PrintStream(told, true, StandardCharsets.UTF_8));
        try {
            OutageDemo.main(new String[] {"--days", "3"});
        } finally {
            System.setOut(console);
            System.clearProperty("innkeep.demo.output");
        }
        String story = told.toString(StandardCharsets.UTF_8);
        console.println(story);
        assertThat(story)
                .contains("The line will be down for 3 days")
                .contains("he gets D")
                .contains("is asked for: 409")
                .contains("Nina closes the day on the standby: RENT posted to")
                .contains("2 of 2 nights' RENT equal")
                .contains("She signs the re-entry off.");
        String tale = story.substring(0, story.indexOf("Technical summary:"));
        assertThat(tale)
                .as("the story is told in hotel words: no sequences, milliseconds or machine timestamps")
                .doesNotContain("sequence")
                .doesNotContainPattern("\\d ms\\b")
                .doesNotContainPattern("\\d\\d:\\d\\d:\\d\\d")
                .containsPattern("Day 1, \\S+, \\d\\d:\\d\\d — a digger cuts the fibre");
        Matcher dates = Pattern.compile("The cloud's business date is (\\S+) \\(it was (\\S+)\\)")
                .matcher(story);
        assertThat(dates.find()).as(story).isTrue();
        assertThat(LocalDate.parse(dates.group(1)))
                .isEqualTo(LocalDate.parse(dates.group(2)).plusDays(2));
    }

    @Test
    void helpSaysWhatTheDemoDoes() throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream told = new ByteArrayOutputStream();
        System.setOut(new PrintStream(told, true, StandardCharsets.UTF_8));
        try {
            OutageDemo.main(new String[] {"--help"});
        } finally {
            System.setOut(console);
        }
        assertThat(told.toString(StandardCharsets.UTF_8))
                .contains("--keep-running")
                .contains("--days N")
                .contains("outage story");
    }
}
