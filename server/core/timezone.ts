/**
 * The IANA time zone of a point in Canada from its province and position. Provinces that span zones are split
 * along the usual lines (north-western Ontario, eastern BC, Labrador, Nunavut's three zones, the Magdalen
 * Islands and the Lower North Shore of Quebec). Small exceptions (Atikokan, Creston, Lloydminster) are not modelled.
 */
export function timezoneFor(province: string, lon: number, lat: number): string {
  switch (province.toLowerCase()) {
    case 'nl':
      return lat > 51.6 && lon < -57.1 ? 'America/Goose_Bay' : 'America/St_Johns';
    case 'pe':
    case 'ns':
      return 'America/Halifax';
    case 'nb':
      return 'America/Moncton';
    case 'qc':
      if (lon > -59.5) return 'America/Blanc-Sablon';
      return lon > -63 && lat < 48 ? 'America/Halifax' : 'America/Toronto';
    case 'on':
      return lon < -90 ? 'America/Winnipeg' : 'America/Toronto';
    case 'mb':
      return 'America/Winnipeg';
    case 'sk':
      return 'America/Regina';
    case 'ab':
      return 'America/Edmonton';
    case 'bc':
      if (lat > 55.5 && lon > -123.5) return 'America/Dawson_Creek';
      return lon > -117.5 && lat < 52 ? 'America/Edmonton' : 'America/Vancouver';
    case 'yt':
      return 'America/Whitehorse';
    case 'nt':
      return 'America/Yellowknife';
    case 'nu':
      if (lon < -102) return 'America/Cambridge_Bay';
      return lon < -85 ? 'America/Rankin_Inlet' : 'America/Iqaluit';
    default:
      // Without a province, fall back on longitude bands.
      if (lon > -60) return 'America/St_Johns';
      if (lon > -67) return 'America/Halifax';
      if (lon > -90) return 'America/Toronto';
      if (lon > -102) return 'America/Winnipeg';
      if (lon > -120) return 'America/Edmonton';
      return 'America/Vancouver';
  }
}
