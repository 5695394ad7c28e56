using Entente.Corpus.Grading;

namespace Entente.Corpus.Tests.Grading;

public sealed class CredibilityGraderTests
{
    [Theory]
    [InlineData(3, 0, 0, false, false, 1)]
    [InlineData(2, 0, 0, true, false, 1)]
    [InlineData(2, 0, 0, false, false, 2)]
    [InlineData(1, 0, 0, true, false, 2)]
    [InlineData(1, 0, 0, false, false, 3)]
    [InlineData(0, 2, 0, false, false, 3)]
    [InlineData(0, 1, 0, false, false, 4)]
    [InlineData(0, 1, 1, true, false, 3)]
    [InlineData(3, 0, 0, false, true, 2)]
    [InlineData(1, 0, 0, false, true, 4)]
    [InlineData(0, 1, 0, false, true, 5)]
    [InlineData(0, 0, 0, false, true, 5)]
    [InlineData(0, 0, 2, false, false, 6)]
    [InlineData(0, 0, 0, false, false, 6)]
    public void CredibilityGrader_Grades_FromCorroborationAndDenials(int strong, int weak, int unknown, bool confirmed, bool denied, int expected)
        => Assert.Equal(expected, CredibilityGrader.Grade(new Corroboration(strong, weak, unknown, confirmed, denied)));
}
