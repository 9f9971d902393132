"""Names on the site that are deliberately not Metaflow's. Every entry says why, and every
entry must still be used by some article: an unused entry fails the test, so the list
cannot grow stale."""

# Class-like and function names that are neither Metaflow's nor defined in examples/.
NOT_METAFLOW = {
    "Pending": "an Argo Workflows phase (`is_running` means Pending or Running)",
    "Running": "an Argo Workflows phase",
    "TrainFlow": "a fictional flow class in deep-dive snippets",
    "UpstreamFlow": "a fictional flow class in the @trigger_on_finish example",
    "FixedFlow": "a fictional renamed flow class in the notebook pitfall",
    "Walkthrough": "the seed page's name for a kind of video, not code",
}

# Flow Parameters of fictional flows in deep-dive snippets (`--alpha 0.5`, `run(alpha=3)`).
FICTIONAL_PARAMETERS = {
    "alpha": "the Parameter of the fictional flow in the Deployer and Runner deep dives",
}

# Wrong names shown on purpose, next to the sentence that says they are wrong.
DELIBERATE = [
    {
        "file": "content/deep-dives/resume-and-iterative-development.md",
        "name": "resume --alpha",
        "why": "the example of a flow Parameter that `resume` refuses (`no such option: --alpha`)",
    },
    {
        "file": "content/deep-dives/testing-flows-with-the-runner-api.md",
        "name": "check --no-pylint",
        "why": "the wrong order, commented `# Error: no such option: --no-pylint`",
    },
    {
        "file": "content/patterns/flow-ci-github-actions.md",
        "name": "check --no-pylint",
        "why": "the wrong order, shown as `fails: no such option for check` and as a pitfall",
    },
    {
        "file": "content/patterns/notebook-resume.md",
        "name": "nbresume(num_orders=)",
        "why": "the example of a Parameter that `nbresume` refuses (`ValueError: Unknown argument`)",
    },
]
