package io.trendscout.tiktok.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashtagsTests {

    @Test
    void namesComeFromTitleThenDescriptionLowerCaseWithoutHashOrDuplicates() {
        assertThat(Hashtags.names("My #DIY shelf", "Workbench #diy #WoodWorking #café, #fyp!")).containsExactly("diy",
                "woodworking", "café", "fyp");
        assertThat(Hashtags.names(null, "no tags here")).isEmpty();
    }

    @Test
    void theAccountsOwnMetricsKeepTheHash() {
        assertThat(Hashtags.of("Shelf build #diy #Shelf")).containsExactly("#diy", "#shelf");
    }
}
