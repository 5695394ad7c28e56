using Entente.Core.Knowledge;

namespace Entente.Core.Events;

/// <summary>A weapon or piece of military equipment named in the text, with the quantity written before it, if any.</summary>
public sealed record EquipmentMention(int Sentence, int FirstToken, int EndToken, int Start, int End, string Text, EquipmentEntry Entry, Quantity? Quantity);

/// <summary>A number in the text: a count ("approximately 400", "several hundred", "dozens of") or an amount of money ("$5 billion").</summary>
public sealed record QuantityMention(int Sentence, int FirstToken, int EndToken, int Start, int End, string Text, double Value, bool Approximate, bool IsMoney);
