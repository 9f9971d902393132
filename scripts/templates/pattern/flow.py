"""Starter flow for the __TITLE__ pattern. Replace it with the pattern's real code."""
from metaflow import FlowSpec, Parameter, step


# #region flow
class __CLASS__(FlowSpec):
    size = Parameter("size", default=3, help="How many items to process")

    @step
    def start(self):
        self.items = list(range(self.size))
        self.next(self.end)

    @step
    def end(self):
        self.total = sum(self.items)
# #endregion flow


if __name__ == "__main__":
    __CLASS__()
