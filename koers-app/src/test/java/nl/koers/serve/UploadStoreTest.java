package nl.koers.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.koers.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadStoreTest {
  @Test
  void aClientsFileNameNeverLeavesTheUploadFolder() {
    assertThat(UploadStore.safeName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(UploadStore.safeName("C:\\Users\\x\\brief 2024.pdf")).isEqualTo("brief_2024.pdf");
    assertThat(UploadStore.safeName("..")).isEqualTo("upload");
    assertThat(UploadStore.safeName(".verborgen")).isEqualTo("verborgen");
    assertThat(UploadStore.safeName(null)).isEqualTo("upload");
    assertThat(UploadStore.safeName("x".repeat(300) + ".docx")).hasSize(120).endsWith(".docx");
    // a name that would make the paper look like a KOOP sidecar is changed
    assertThat(UploadStore.safeName("metadata.xml")).isEqualTo("metadata-upload.xml");
  }

  @Test
  void theSameBytesAreKeptOnceUnderTheirHash(@TempDir Path data) throws IOException {
    byte[] seed = Files.readAllBytes(SharedCorpus.seed("002"));
    Path first = UploadStore.save(data, "../brief.txt", seed);
    Path again = UploadStore.save(data, "brief.txt", seed);
    assertThat(again).isEqualTo(first);
    assertThat(first.normalize()).startsWith(data.resolve("uploads"));
    assertThat(Files.readAllBytes(first)).isEqualTo(seed);
    try (var leftovers = Files.list(first.getParent())) {
      assertThat(leftovers).containsExactly(first);
    }
  }

  @Test
  void aDeletedUploadTakesItsFolderOnlyWhenNothingElseIsInIt(@TempDir Path data)
      throws IOException {
    byte[] seed = Files.readAllBytes(SharedCorpus.seed("002"));
    Path one = UploadStore.save(data, "een.txt", seed);
    Path two = UploadStore.save(data, "twee.txt", seed);
    assertThat(UploadStore.target(data, "een.txt", seed)).isEqualTo(one);
    UploadStore.delete(one);
    assertThat(one).doesNotExist();
    assertThat(two).exists();
    UploadStore.delete(two);
    assertThat(two.getParent()).doesNotExist();
    assertThat(data.resolve("uploads")).isDirectory();
  }

  @Test
  void writableIsProbedNotReadFromPermissions(@TempDir Path data) throws IOException {
    assertThat(UploadStore.writable(data)).isTrue();
    try (var left = Files.list(data.resolve("uploads"))) {
      assertThat(left).as("the probe leaves nothing behind").isEmpty();
    }
    // a file where the upload folder should be: nothing can be stored, whoever runs the server
    Files.delete(data.resolve("uploads"));
    Files.writeString(data.resolve("uploads"), "x", java.nio.charset.StandardCharsets.UTF_8);
    assertThat(UploadStore.writable(data)).isFalse();
  }
}
