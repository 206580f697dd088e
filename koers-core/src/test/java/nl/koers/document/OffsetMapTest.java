package nl.koers.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
  @Test
  void mapsRunsAcrossDroppedCharacters() {
    // original "ab-\ncd" cleaned to "abcd": the hyphen and line break were dropped
    OffsetMap.Builder b = new OffsetMap.Builder();
    for (int i : new int[] {0, 1, 4, 5}) {
      b.add(i);
    }
    OffsetMap map = b.build();
    assertThat(map.toOriginal(0)).isZero();
    assertThat(map.toOriginal(2)).isEqualTo(4);
    assertThat(map.toOriginal(new TextSpan(1, 3))).isEqualTo(new TextSpan(1, 5));
  }

  @Test
  void composesTwoMaps() {
    OffsetMap.Builder first = new OffsetMap.Builder(); // cleaned -> markup removed
    for (int i : new int[] {0, 1, 2, 5, 6}) {
      first.add(i);
    }
    OffsetMap.Builder second = new OffsetMap.Builder(); // markup removed -> original
    for (int i : new int[] {2, 3, 4, 5, 6, 9, 10}) {
      second.add(i);
    }
    OffsetMap composed = first.build().then(second.build());
    assertThat(composed.toOriginal(0)).isEqualTo(2);
    assertThat(composed.toOriginal(2)).isEqualTo(4);
    assertThat(composed.toOriginal(3)).isEqualTo(9);
    assertThat(composed.toOriginal(4)).isEqualTo(10);
  }

  @Test
  void survivesAJsonRoundTrip() throws Exception {
    OffsetMap.Builder b = new OffsetMap.Builder();
    for (int i : new int[] {0, 1, 7, 8}) {
      b.add(i);
    }
    OffsetMap map = b.build();
    OffsetMap back =
        Json.mapper().readValue(Json.mapper().writeValueAsString(map), OffsetMap.class);
    assertThat(back.toOriginal(2)).isEqualTo(7);
  }
}
