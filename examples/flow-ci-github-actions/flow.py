"""A small flow that the CI workflow checks, tests and (optionally) deploys.

Run it locally:

    python flow.py --no-pylint check
    python flow.py --no-pylint run --n 4
"""

from metaflow import FlowSpec, Parameter, project, step


# #region flow
@project(name="flow_ci_demo")
class CIDemoFlow(FlowSpec):
    """Square the numbers 1..n and add them up."""

    n = Parameter("n", help="How many numbers to square", type=int, default=5)

    @step
    def start(self):
        if self.n < 1:
            # A failing step makes the run fail: the tests check that too.
            raise ValueError("n must be at least 1, got %d" % self.n)
        self.numbers = list(range(1, self.n + 1))
        self.next(self.square)

    @step
    def square(self):
        self.squares = [x * x for x in self.numbers]
        self.next(self.end)

    @step
    def end(self):
        self.total = sum(self.squares)
        print("sum of squares 1..%d = %d" % (self.n, self.total))


# #endregion flow

if __name__ == "__main__":
    CIDemoFlow()
