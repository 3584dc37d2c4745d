"""Modality: is the event asserted, negated, hypothetical, future or only intended?

Counting "Russia did not attack" or "Russia could attack" as an attack is the classic way an
event coder inflates conflict.  The modality is read off the trigger's clause: negation and
modal auxiliaries on the trigger itself, then up the chain of verbs that embed it ("plans to
attack", "is expected to sign"), and conditional clauses ("if Iran enriches …").  The strongest
cue wins: negated > hypothetical > future > intended > asserted.
"""

from __future__ import annotations

from typing import Any

from eventwire.events.arguments import misattached_conj, misread_after_phrase
from eventwire.events.cues import Cues

__all__ = ["dropped_plan", "modality_of", "own_plan", "unrealised_content"]

CAUSATIVES = {"let", "allow", "permit", "enable", "make", "have", "help", "force"}
UNREALISED = {"demand", "call", "proposal", "plan", "offer", "request", "appeal", "bid",
              "attempt", "threat", "promise", "pledge", "ultimatum", "motion", "resolution",
              "idea", "suggestion", "invitation", "order", "law", "bill",
              # what an agreement provides for is its content ("signed an agreement to
              # increase trade"), done only when it is done
              "agreement", "accord", "deal", "pact", "treaty", "memorandum", "protocol",
              # nor is what an allegation or a rumour says happened, until someone shows it
              "allegation", "accusation", "claim", "rumour", "rumor", "suspicion",
              # … or what findings and reports conclude ("the findings of investigators that
              # one of its submarines had torpedoed the warship")
              "finding", "conclusion", "report", "assertion", "assessment"}
# Verbs that stop what their object would have said or done.
BLOCKING = {"block", "veto", "scrap", "shelve", "defeat", "kill",
            "thwart", "stall", "torpedo"}
_RANK = {"negated": 4, "hypothetical": 3, "future": 2, "intended": 1, "asserted": 0}


def _own_cues(verb: Any, cues: Cues) -> str | None:
    """Cues attached directly to one verb (its auxiliaries, negation, conditional marker)."""
    found = []
    for c in verb.children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ in {"advmod", "det"} and low in cues.negation):
            found.append("negated")
        elif c.dep_ in {"aux", "auxpass"}:
            if low == "would" and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD" \
                    and verb.head.lemma_.lower() in cues.reporting_verbs:
                # "said it would send troops": the future of reported speech, not a condition
                found.append("future")
            elif low in cues.hypothetical or c.lemma_.lower() in cues.hypothetical:
                found.append("hypothetical")
            elif low in cues.future or c.lemma_.lower() in cues.future:
                found.append("future")
        elif c.dep_ == "mark" and low in {"if", "unless", "whether"}:
            found.append("hypothetical")
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children
    ):
        found.append("hypothetical")
    return max(found, key=_RANK.__getitem__) if found else None


def modality_of(trigger: Any, cues: Cues, frame_verb: Any | None = None) -> str:
    """Modality of the event whose trigger is `trigger` (a verb or an event noun)."""
    found: list[str] = []
    verb = trigger
    # An event noun takes the modality of the verb that carries it ("did not launch an attack",
    # "no attack was reported" is handled by the determiner below).
    if trigger.pos_ in {"NOUN", "PROPN"}:
        if any(c.lower_ in {"no"} and c.dep_ == "det" for c in trigger.children):
            found.append("negated")
        carrier = trigger
        while carrier.dep_ == "pobj" and carrier.head.lower_ == "of" \
                and carrier.head.head.pos_ in {"NOUN", "NUM"}:
            # "will provide 25,000 tons of food aid": the measure carries the verb
            carrier = carrier.head.head
        if carrier.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "pobj"}:
            verb = carrier.head
            if verb.dep_ == "prep":
                verb = verb.head
    steps = 0
    while verb is not None and steps < 4:
        own = _own_cues(verb, cues)
        if own:
            found.append(own)
        lemma = verb.lemma_.lower()
        if verb.i != trigger.i and (frame_verb is None or verb.i != frame_verb.i):
            if lemma in cues.intended:
                found.append("intended")
            elif lemma in cues.hypothetical_verbs:
                found.append("hypothetical")
            elif lemma in cues.negating_verbs:
                found.append("negated")
            elif lemma in cues.future_verbs and any(
                c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in verb.children
            ):
                found.append("future")
            elif lemma in {"have", "be"} and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children
            ):
                found.append("negated")  # "Iraq has yet to release them", "is yet to reply"
        if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and \
                verb.head.head.lemma_.lower() in BLOCKING:
            # "blocked an EU statement criticising China": the statement never came out
            found.append("negated")
        if verb.dep_ in {"acl", "ccomp", "relcl"} and verb.head.pos_ == "NOUN" and \
                verb.head.lemma_.lower() in UNREALISED and not misread_after_phrase(verb):
            # "demands that Budapest change its law", "a plan to annex": the content of a
            # demand, plan or offer has not happened (not a main verb misread as a noun's
            # participle: "republicans opposed to the accord set off a bomb")
            found.append("hypothetical")
        # Walk up only through verbs that embed this one as their content.
        purpose = verb.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        )
        if (
            verb.dep_ in {"xcomp", "conj"}
            or purpose
            or (
                verb.dep_ == "ccomp"
                and verb is trigger
                and verb.head.lemma_.lower() in cues.intended
            )
        ):
            # (a past tense misattached below a non-finite verb joins a finite one above)
            verb = misattached_conj(verb) or verb.head
            steps += 1
        else:
            break
    if not found:
        return "asserted"
    return max(found, key=_RANK.__getitem__)


# Nouns of one's own intent, and the verbs that make them public: "announced plans to close
# the embassy", "set out plans to widen the rights of the Kurds"
OWN_PLANS = {"plan", "intention", "programme", "program", "roadmap", "blueprint"}
DISCLOSING = {"announce", "unveil", "set", "lay", "outline", "present", "reveal", "confirm",
              "disclose", "adopt", "approve", "draw", "finalise", "finalize", "publish", "detail"}


# … and the verbs that give them up: "shelved plans to lift the arms embargo"
DROPPING = {"shelve", "abandon", "drop", "scrap", "ditch", "freeze", "suspend", "postpone"}


def own_plan(trigger: Any) -> bool:
    """Whether an action verb is what its doer announced plans to do ("Turkey announced plans
    on Friday to widen the rights of the Kurds"): an intended act of the announcer, not the
    content of someone else's plan."""
    return _plan_verb(trigger) in DISCLOSING


def dropped_plan(trigger: Any) -> bool:
    """Whether an action verb is what its doer gave up plans to do ("EU ministers shelved plans
    to lift the arms embargo on China"): done by nobody, and refused by the one who dropped it."""
    return _plan_verb(trigger) in DROPPING


def _plan_verb(trigger: Any) -> str:
    """The lemma of the verb that holds the doer's own plan whose "to" infinitive `trigger` is,
    or "" when it is not one."""
    if trigger.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return ""
    if trigger.dep_ == "acl" and trigger.head.dep_ == "dobj":
        noun, verb = trigger.head, trigger.head.head
    elif trigger.dep_ == "advcl":  # (parsed on the verb: "announced plans on Friday to …")
        verb = trigger.head
        noun = next((o for o in verb.children if o.dep_ == "dobj"), None)
    else:
        return ""
    if noun is None or noun.lemma_.lower() not in OWN_PLANS or any(
            c.dep_ == "poss" and c.lower_ not in {"its", "their", "his", "her"}
            for c in noun.children):
        return ""
    return verb.lemma_.lower()


def unrealised_content(trigger: Any) -> bool:
    """Whether an event word only says what a plan, demand, charge or attempt is about ("a
    resolution that would impose a blockade", "charges that two agents planted the bomb", "an
    attempt to force Milosevic to accept the plan"): content, not an event."""
    verb = trigger.head if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {
        "dobj", "nsubj", "nsubjpass", "attr"} else trigger
    if trigger.pos_ in {"NOUN", "PROPN"}:
        # "accords that provide for Namibia's independence and the withdrawal of Cuban
        # troops": from a listed noun through its preposition to the verb it completes
        t = trigger
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        # (through a chain of prepositions too: "to ease the embargo in return for Baghdad's
        # cooperation")
        for _ in range(3):
            if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in {"VERB", "AUX"}:
                verb = t.head.head
                break
            if not (t.dep_ == "pobj" and t.head.dep_ == "prep"
                    and t.head.head.pos_ in {"NOUN", "PROPN"}):
                break
            t = t.head.head
    for _ in range(5):
        if misread_after_phrase(verb):
            return False  # (a main verb misread as the participle of a noun: an act)
        if verb.dep_ in {"acl", "ccomp", "relcl"} and verb.head.pos_ == "NOUN" and \
                verb.head.lemma_.lower() in UNREALISED:
            return True
        if verb.dep_ in {"ccomp", "relcl"} and any(
                c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in verb.children) \
                and any(o.dep_ == "dobj" and o.lemma_.lower() in UNREALISED
                        for o in verb.head.children):
            return True  # "signed accords … that provide for", the clause hung on the verb
        purpose = verb.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if purpose and any(o.dep_ == "dobj" and o.lemma_.lower() in UNREALISED
                           for o in verb.head.children):
            return True  # "signed an agreement today to increase trade", parsed on the verb
        # (… and through a clause a causative verb takes: "a motion to let U.S. troops deploy")
        if verb.dep_ not in {"xcomp", "conj"} and not purpose and not (
                verb.dep_ == "ccomp" and verb.head.lemma_.lower() in CAUSATIVES):
            return False
        verb = misattached_conj(verb) or verb.head
    return False
