"""Word lists and reaches the indirect quotes read (data/grammar.json's named lists)."""

from __future__ import annotations

from warta.quotes.lexicon import wordset

# words right before a verb that make it something other than a statement made
NOT_STATED = wordset("not_stated")


# words that open a scene before the verb of saying (`X saat ditemui …`, `X ketika menyampaikan rilis …`)
SCENE_OPENERS = frozenset(("saat", "ketika", "usai", "seusai", "sesudah", "setelah", "sebelum"))


ADJUNCT_START = wordset("adjunct_start")


BASIS_PREPOSITIONS = wordset("basis_prepositions")  # `berdasarkan data …`: the ground of a statement


LEAD_ADVERBS = wordset("lead_adverbs")


DIRECTIVE_MARKS = wordset("directive_marks")


MIN_WORDS = 3


LIST_INTROS = frozenset(("berikut", "berikutnya", "inilah", "simak"))


PLACE_PREPOSITIONS = frozenset(("di", "ke", "dari", "pada", "dalam"))


SPLIT_CLITICS = frozenset(("ya", "nya"))  # `Menurut ya,`: the clitic `-nya` typed as a word


MAX_RUN_ON = 3  # sentences that may run on into one reported statement


MAX_TAIL = 1  # cue-less sentences that may carry a statement on to its paragraph's end


WRITER_OPENERS = wordset("writer_openers")


BACKGROUND_OPENERS = wordset("background_openers")


NOT_AFTER_SUBJECT = wordset("not_after_subject")


LINKING_OPENERS = wordset("linking_openers")


# a possibility or a condition: the speaker reasoning, not the writer reporting a fact
POSSIBILITY_WORDS = frozenset(("dapat", "bisa", "boleh", "mampu", "jika", "apabila", "bila", "kalau", "asalkan"))


PURPOSE_WORDS = wordset("purpose_words")


DEMONSTRATIVE_TIME_HEADS = wordset("demonstrative_time_heads")


POINTING_WRITER_VERBS = wordset("pointing_writer_verbs")


DEPENDENT_OPENERS = wordset("dependent_openers")


SPEAKER_VOICE = wordset("speaker_voice")


THIRD_PERSON = frozenset(("ia", "dia", "mereka", "beliau"))


# linking back only with their comma (`Sebab, …`; `Sebab pada dasarnya …` may be the writer's own); `makanya`
# and `pasalnya` never open the writer's own sentence
CAUSAL_OPENERS = frozenset(("sebab", "sebabnya", "karena", "karenanya"))


CONSEQUENCE_OPENERS = wordset("consequence_openers")


ENUMERATION_OPENERS = wordset("enumeration_openers")


POINTING_OPENERS = wordset("pointing_openers")


COMPLAINT_BODIES = wordset("complaint_bodies")


REPORTED_PARTIES = wordset("reported_parties")


COUNTING_WORDS = wordset("counting_words")


# how far into an invitation the mark of an appeal may stand, past the people invited
# (`mengajak warga Jakarta yang … untuk …`)
APPEAL_WINDOW = 10


LODGING_TAILS = wordset("lodging_tails")


CHARGE_WORDS = wordset("charge_words")


# after `melaporkan <Name>`: the deed or cause the person is reported for follows, not a clause
REPORTED_FOR = frozenset(("setelah", "usai", "seusai", "karena", "lantaran", "akibat", "atas", "terkait", "soal"))


CAUSING_SUBJECTS = wordset("causing_subjects")


ADDRESSED_QUANTIFIERS = wordset("addressed_quantifiers")


REQUESTED_OBJECTS = wordset("requested_objects")


ADDED_THINGS = wordset("added_things")


MEANS_PREPOSITIONS = wordset("means_prepositions")


ACCOUNT_MARKERS = wordset("account_markers")


ACCOUNT_NOUNS = wordset("account_nouns")


SOURCE_LINKS = wordset("source_noun_links")


FIRST_PERSON = wordset("first_person")


_ACCOUNT_WORDS = 10  # words of an account marker's source phrase before its comma


EXAMPLE_CUES = wordset("example_cues")


AGENT_PASSIVES = wordset("agent_passives")


JUDGING_CUES = wordset("judging_cues")


# contrastive connectives after a comma that end a request (`minta X …, tapi X tetap …`)
CONTRASTS = frozenset(("tapi", "tetapi", "namun", "sedangkan", "sementara", "padahal"))


# `tidak hanya …` and the contrasts that complete it (`…, tetapi juga …`): grammar.json
CORRELATIVE_LEADS = wordset("correlative_leads")


CORRELATIVE_CONTRASTS = wordset("correlative_contrasts")


# adjectives that right after a noun modify it (`demonstrasi besar yang …`) rather than predicate it
ATTRIBUTIVE = frozenset(("besar", "kecil", "tinggi", "rendah", "baik", "buruk", "baru", "penting", "banyak"))


# verbs whose bare object is often a feeling or a stance (`menyampaikan keprihatinan`)
EXPRESSIVE = wordset("expressive_verbs")


# words after which `kata` is the noun `word` (`dengan kata lain`, `sebuah kata`, `kata demi kata`)
NOUN_KATA_BEFORE = frozenset(
    ("dengan", "sebuah", "satu", "dua", "tiga", "kata", "per", "dalam", "pada", "dari", "beberapa", "setiap", "tiap")
)


NOT_TOPICS = wordset("not_topics")


# auxiliaries and negations: after a noun they show a clause has begun (`pemerintah telah …`)
CLAUSE_MARKERS = wordset("clause_markers")


INTERJECTED_CUES = wordset("interjected_cues")


GROUP_DETERMINERS = frozenset(("para", "sejumlah", "beberapa", "sebagian"))


# time clauses that, set off after a cue's comma, open the content (`mengatakan, usai …, X …`)
CONTENT_TIME_OPENERS = frozenset(("usai", "seusai"))


# words that make such a clause the scene of the saying instead (`usai ditemui wartawan`)
SAYING_SCENE = frozenset(("ditemui", "dihubungi", "dikonfirmasi", "wawancara", "rapat", "konferensi", "acara"))


# adverbs that open a predicate, never a noun phrase (an adjective follows its noun)
PREDICATE_OPENERS = frozenset(("baru", "hanya", "cuma"))
