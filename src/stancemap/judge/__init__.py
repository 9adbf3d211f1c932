"""Judgements toward the question, made in the reduce on a statement's kept parse rows
(`parsed.ParsedDoc`): the conditions a speaker attaches (conditions.py) and the stance the
statement takes (stance.py). They read the question, so they run once the question is known,
after every article is mapped, and again whenever the question changes."""
