package dev.specgen.emit.client;

import dev.specgen.testing.InMemoryCompiler;
import dev.specgen.testing.Invoke;
import dev.specgen.testing.SpecgenTestKit;
import java.nio.file.Path;
import java.util.Map;

/**
 * The client of {@code specs/media/media-types.yaml}, generated and compiled once, with a scenario
 * class that calls it the way a user would.
 */
final class MediaClients {

  static final Path SPEC = Path.of("src/test/resources/specs/media/media-types.yaml");

  private static final String SCENARIO = """
      package test.media;

      import dev.specgen.runtime.body.BinaryData;
      import dev.specgen.runtime.body.BinaryResponse;
      import dev.specgen.runtime.body.EventStream;
      import java.io.InputStream;
      import java.nio.file.Path;
      import java.util.List;
      import java.util.concurrent.CompletableFuture;

      public final class Scenario {
        static MediaClient client(String baseUrl) {
          return MediaClient.builder().baseUrl(baseUrl).build();
        }

        public static String upload(String baseUrl, Path photo, InputStream notes) {
          Photo stored = client(baseUrl).uploadPetPhoto(UploadPetPhotoRequest.builder()
              .petId("p1")
              .multipartBody(UploadPetPhotoMultipart.builder()
                  .photo(BinaryData.of(photo))
                  .caption("A cat, \\"smiling\\"")
                  .tags(List.of("cat", "cute"))
                  .metadata(PhotoMetadata.builder().width(2).height(1).build())
                  .extras(List.of(
                      BinaryData.of(new byte[] {1, 2, 3}).withFileName("a.bin"),
                      BinaryData.of(notes, 5).withFileName("b.txt").withContentType("text/plain")))
                  .build())
              .build());
          return stored.id();
        }

        public static PetPatch patch(String baseUrl) {
          return client(baseUrl).patchPet(PatchPetRequest.builder()
              .petId("p1")
              .body(PetPatch.builder().name("Rex").build())
              .build());
        }

        public static PetPatch clearOwner(String baseUrl) {
          return client(baseUrl).patchPet(PatchPetRequest.builder()
              .petId("p1")
              .body(PetPatch.builder().ownerNull().build())
              .build());
        }

        public static PetPatch patchAsPlainJson(String baseUrl) {
          return client(baseUrl).patchPet(PatchPetRequest.builder()
              .petId("p1")
              .jsonBody(PetPatch.builder().name("Rex").build())
              .build());
        }

        public static String search(String baseUrl) {
          return client(baseUrl).searchPets(SearchPetsRequest.builder()
              .formBody(SearchPetsRequestBody.builder()
                  .name("Rex & co")
                  .tags(List.of("a", "b c"))
                  .ids(List.of(1, 2))
                  .filter(SearchPetsRequestBodyFilter.builder().kind("cat").age(3).build())
                  .build())
              .build());
        }

        public static void notesAsJson(String baseUrl) {
          client(baseUrl).replacePetNotes(ReplacePetNotesRequest.builder()
              .petId("p1").body(Notes.builder().text("hi").build()).build());
        }

        public static void notesAsForm(String baseUrl) {
          client(baseUrl).replacePetNotes(ReplacePetNotesRequest.builder()
              .petId("p1").formBody(Notes.builder().text("hi there").build()).build());
        }

        public static void notesAsText(String baseUrl) {
          client(baseUrl).replacePetNotes(ReplacePetNotesRequest.builder()
              .petId("p1").textBody("héllo").build());
        }

        public static ReplacePetNotesRequest notesWithTwoBodies() {
          return ReplacePetNotesRequest.builder().petId("p1")
              .textBody("a").body(Notes.builder().text("b").build()).build();
        }

        public static ReplacePetNotesRequest notesWithoutBody() {
          return ReplacePetNotesRequest.builder().petId("p1").build();
        }

        public static UploadArchiveResponse uploadArchive(String baseUrl, InputStream data, long length) {
          return client(baseUrl).uploadArchive(UploadArchiveRequest.builder()
              .binaryBody(BinaryData.of(data, length)).build());
        }

        public static BinaryResponse downloadArchive(String baseUrl) {
          return client(baseUrl).downloadArchive();
        }

        public static long downloadPhoto(String baseUrl, Path target) {
          try (BinaryResponse photo = client(baseUrl).downloadPetPhoto(
              DownloadPetPhotoRequest.builder().petId("p1").build())) {
            return photo.writeTo(target);
          }
        }

        public static void downloadMissingPhoto(String baseUrl) {
          try (BinaryResponse photo = client(baseUrl).downloadPetPhoto(
              DownloadPetPhotoRequest.builder().petId("p2").build())) {
            throw new AssertionError("expected a 404, got " + photo);
          }
        }

        public static EventStream<PetEvent> events(String baseUrl, String topic) {
          return client(baseUrl).streamEvents(StreamEventsRequest.builder().topic(topic).build());
        }

        public static CompletableFuture<EventStream<PetEvent>> eventsAsync(String baseUrl, String topic) {
          return client(baseUrl).async().streamEvents(StreamEventsRequest.builder().topic(topic).build());
        }
      }
      """;

  private static InMemoryCompiler.Compilation compilation;

  private MediaClients() {}

  static synchronized InMemoryCompiler.Compilation compiled() {
    if (compilation == null) {
      compilation = SpecgenTestKit.compileClient(SPEC, "test.media",
          Map.of("test/media/Scenario.java", SCENARIO));
    }
    return compilation;
  }

  /** {@code Scenario.name(args)}. */
  static Object scenario(String name, Object... args) {
    return Invoke.callStatic(compiled().loadClass("test.media.Scenario"), name, args);
  }
}
