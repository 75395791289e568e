namespace Gehoord.Domain.Jurisdictions;

public enum JurisdictionProfileCode
{
    NlAwb,
    VlBestuursdecreet,
    Custom,
}
