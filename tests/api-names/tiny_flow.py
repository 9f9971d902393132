"""The smallest flow whose real `--help` output the API-name check reads.

`@project` is there because it adds the top-level `--branch` and `--production` options
that the articles use.
"""

from metaflow import FlowSpec, project, step


@project(name="api_names")
class TinyFlow(FlowSpec):
    @step
    def start(self):
        self.next(self.end)

    @step
    def end(self):
        pass


if __name__ == "__main__":
    TinyFlow()
